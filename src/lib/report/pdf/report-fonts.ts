/** The report's typeface: IBM Plex Sans Arabic (Latin and Arabic in one face, as on the pages) in TTF, which jsPDF embeds as a subset. */
export const REPORT_FONT_FILES = {
  regular: '@expo-google-fonts/ibm-plex-sans-arabic/400Regular/IBMPlexSansArabic_400Regular.ttf',
  bold: '@expo-google-fonts/ibm-plex-sans-arabic/600SemiBold/IBMPlexSansArabic_600SemiBold.ttf',
} as const;
