export { CATEGORY_STYLES, SIGNAL_LABELS, type CategoryStyle } from "./categories.js";
export { renderCategoryChart } from "./chart.js";
export { escapeHtml } from "./escape.js";
export { renderHighlightedText } from "./highlight.js";
export { renderViewerPage, type ViewerInput, type ViewerMessage } from "./page.js";
export { segmentsOf, type Segment, type Segments } from "./segments.js";
export { renderSignals, type SignalItem } from "./signals.js";
export { VIEW_CSS } from "./style.js";
