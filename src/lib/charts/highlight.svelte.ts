/** The events a legend button passes on to the highlight. */
export interface HighlightHandlers {
  onmouseenter: () => void;
  onmouseleave: () => void;
  onfocus: () => void;
  onblur: () => void;
  onclick: () => void;
  onkeydown: (event: Pick<KeyboardEvent, 'key'>) => void;
}

/**
 * Which legend item a chart shows: the one pointed at or focused, else the one selected (pinned)
 * so that it stays shown on a touch screen or while the reader looks at the chart.
 */
export class ChartHighlight {
  hovered: string | null = $state(null);
  pinned: string | null = $state(null);
  /** The item the chart shows now, or null. */
  readonly active: string | null = $derived(this.hovered ?? this.pinned);

  /** Selects an item, or clears the selection when it is selected already. */
  toggle(id: string): void {
    this.pinned = this.pinned === id ? null : id;
  }

  /** Shows nothing until the next hover, focus or selection. */
  clear(): void {
    this.hovered = null;
    this.pinned = null;
  }

  /** The event handlers of the legend button for item `id`; Escape clears. */
  handlers(id: string): HighlightHandlers {
    const leave = (): void => {
      if (this.hovered === id) this.hovered = null;
    };
    return {
      onmouseenter: () => (this.hovered = id),
      onmouseleave: leave,
      onfocus: () => (this.hovered = id),
      onblur: leave,
      onclick: () => this.toggle(id),
      onkeydown: (event) => {
        if (event.key === 'Escape') this.clear();
      },
    };
  }
}
