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

  /** Shows an item while it is pointed at or focused. */
  enter(id: string): void {
    this.hovered = id;
  }

  /** Stops showing an item when the pointer or focus leaves it (a selection stays). */
  leave(id: string): void {
    if (this.hovered === id) this.hovered = null;
  }

  /** Escape clears what is shown. */
  key(event: Pick<KeyboardEvent, 'key'>): void {
    if (event.key === 'Escape') this.clear();
  }

  /**
   * An attachment for a legend item's button (`{@attach highlight.item(id)}`): pointing at it or
   * focusing it shows the item, a click selects it, Escape clears.
   */
  item(id: string): (element: EventTarget) => () => void {
    return (element) => {
      const listeners: [string, (event: Event) => void][] = [
        ['mouseenter', () => this.enter(id)],
        ['mouseleave', () => this.leave(id)],
        ['focus', () => this.enter(id)],
        ['blur', () => this.leave(id)],
        ['click', () => this.toggle(id)],
        ['keydown', (event) => this.key(event as KeyboardEvent)],
      ];
      for (const [type, listener] of listeners) element.addEventListener(type, listener);
      return () => {
        for (const [type, listener] of listeners) element.removeEventListener(type, listener);
      };
    };
  }
}
