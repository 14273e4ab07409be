// The printed documents' font (Noto Sans SC, SIL OFL), the same files the back end embeds in
// every PDF, so the preview looks like the paper on a machine without Chinese fonts too.
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
