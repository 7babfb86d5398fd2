// VS Code's theme variables as a webview receives them (on <html>), for the
// test page: Dark Modern, Light Modern and High Contrast (the colours of VS
// Code 1.9x's built-in themes, for the variables the Heap view and the toolkit read).

export type ThemeName = 'dark' | 'light' | 'hc';

const COMMON: Record<string, string> = {
  'font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif',
  'font-weight': 'normal',
  'font-size': '13px',
  'editor-font-family': '"Droid Sans Mono", "monospace", monospace',
  'editor-font-weight': 'normal',
  'editor-font-size': '14px',
};

const DARK: Record<string, string> = {
  foreground: '#cccccc', descriptionForeground: '#9d9d9d', errorForeground: '#f85149', focusBorder: '#0078d4',
  'widget-border': '#313131', 'editor-background': '#1f1f1f', 'editor-foreground': '#cccccc', 'editorWidget-background': '#202020',
  'sideBar-background': '#181818', 'sideBarSectionHeader-background': '#181818', 'sideBar-border': '#2b2b2b',
  'panel-background': '#181818', 'panel-border': '#2b2b2b', 'panelTitle-activeBorder': '#0078d4',
  'panelTitle-activeForeground': '#cccccc', 'panelTitle-inactiveForeground': '#9d9d9d',
  'button-background': '#0078d4', 'button-foreground': '#ffffff', 'button-hoverBackground': '#026ec1', 'button-border': '#ffffff12',
  'button-secondaryBackground': '#313131', 'button-secondaryForeground': '#cccccc', 'button-secondaryHoverBackground': '#3c3c3c',
  'badge-background': '#616161', 'badge-foreground': '#f8f8f8',
  'checkbox-background': '#313131', 'checkbox-border': '#3c3c3c', 'checkbox-foreground': '#cccccc',
  'dropdown-background': '#313131', 'dropdown-border': '#3c3c3c', 'dropdown-foreground': '#cccccc', 'dropdown-listBackground': '#1f1f1f',
  'input-background': '#313131', 'input-border': '#3c3c3c', 'input-foreground': '#cccccc', 'input-placeholderForeground': '#989898',
  'list-activeSelectionBackground': '#04395e', 'list-activeSelectionForeground': '#ffffff', 'list-hoverBackground': '#2a2d2e',
  'list-inactiveSelectionBackground': '#37373d', 'progressBar-background': '#0078d4',
  'scrollbarSlider-background': '#79797966', 'scrollbarSlider-hoverBackground': '#646464b3', 'scrollbarSlider-activeBackground': '#bfbfbf66',
  'settings-dropdownListBorder': '#454545', 'textLink-foreground': '#4daafc', 'textLink-activeForeground': '#4daafc',
  'textCodeBlock-background': '#2b2b2b',
  'charts-foreground': '#cccccc', 'charts-lines': '#cccccc80', 'charts-red': '#f14c4c', 'charts-blue': '#3794ff',
  'charts-yellow': '#cca700', 'charts-orange': '#d18616', 'charts-green': '#89d185', 'charts-purple': '#b180d7',
  'terminal-ansiCyan': '#11a8cd',
  'debugTokenExpression-name': '#c586c0', 'debugTokenExpression-value': '#cccccc99', 'debugTokenExpression-string': '#ce9178',
  'debugTokenExpression-boolean': '#4e94ce', 'debugTokenExpression-number': '#b5cea8',
  'inputValidation-infoBackground': '#063b49', 'inputValidation-infoBorder': '#007acc',
};

const LIGHT: Record<string, string> = {
  foreground: '#3b3b3b', descriptionForeground: '#717171', errorForeground: '#f85149', focusBorder: '#005fb8',
  'widget-border': '#e5e5e5', 'editor-background': '#ffffff', 'editor-foreground': '#3b3b3b', 'editorWidget-background': '#f8f8f8',
  'sideBar-background': '#f8f8f8', 'sideBarSectionHeader-background': '#f8f8f8', 'sideBar-border': '#e5e5e5',
  'panel-background': '#f8f8f8', 'panel-border': '#e5e5e5', 'panelTitle-activeBorder': '#005fb8',
  'panelTitle-activeForeground': '#3b3b3b', 'panelTitle-inactiveForeground': '#3b3b3b',
  'button-background': '#005fb8', 'button-foreground': '#ffffff', 'button-hoverBackground': '#0258a8', 'button-border': '#0000001a',
  'button-secondaryBackground': '#e5e5e5', 'button-secondaryForeground': '#3b3b3b', 'button-secondaryHoverBackground': '#cccccc',
  'badge-background': '#cccccc', 'badge-foreground': '#3b3b3b',
  'checkbox-background': '#f8f8f8', 'checkbox-border': '#cecece', 'checkbox-foreground': '#3b3b3b',
  'dropdown-background': '#ffffff', 'dropdown-border': '#cecece', 'dropdown-foreground': '#3b3b3b', 'dropdown-listBackground': '#ffffff',
  'input-background': '#ffffff', 'input-border': '#cecece', 'input-foreground': '#3b3b3b', 'input-placeholderForeground': '#767676',
  'list-activeSelectionBackground': '#e8e8e8', 'list-activeSelectionForeground': '#000000', 'list-hoverBackground': '#f2f2f2',
  'list-inactiveSelectionBackground': '#e4e6f1', 'progressBar-background': '#005fb8',
  'scrollbarSlider-background': '#64646466', 'scrollbarSlider-hoverBackground': '#646464b3', 'scrollbarSlider-activeBackground': '#00000099',
  'settings-dropdownListBorder': '#cecece', 'textLink-foreground': '#005fb8', 'textLink-activeForeground': '#005fb8',
  'textCodeBlock-background': '#f0f0f0',
  'charts-foreground': '#3b3b3b', 'charts-lines': '#3b3b3b80', 'charts-red': '#e51400', 'charts-blue': '#1a85ff',
  'charts-yellow': '#bf8803', 'charts-orange': '#d18616', 'charts-green': '#388a34', 'charts-purple': '#652d90',
  'terminal-ansiCyan': '#0598bc',
  'debugTokenExpression-name': '#9b46b0', 'debugTokenExpression-value': '#6c6c6ccc', 'debugTokenExpression-string': '#a31515',
  'debugTokenExpression-boolean': '#0000ff', 'debugTokenExpression-number': '#098658',
  'inputValidation-infoBackground': '#d6ecf2', 'inputValidation-infoBorder': '#007acc',
};

const HC: Record<string, string> = {
  foreground: '#ffffff', descriptionForeground: '#ffffffb3', errorForeground: '#f48771', focusBorder: '#f38518',
  contrastBorder: '#6fc3df', contrastActiveBorder: '#f38518',
  'widget-border': '#6fc3df', 'editor-background': '#000000', 'editor-foreground': '#ffffff', 'editorWidget-background': '#0c141f',
  'sideBar-background': '#000000', 'sideBar-border': '#6fc3df', 'panel-background': '#000000', 'panel-border': '#6fc3df',
  'panelTitle-activeBorder': '#6fc3df', 'panelTitle-activeForeground': '#ffffff', 'panelTitle-inactiveForeground': '#ffffff',
  'button-background': '#000000', 'button-foreground': '#ffffff', 'button-border': '#6fc3df',
  'button-secondaryForeground': '#ffffff', 'badge-background': '#000000', 'badge-foreground': '#ffffff',
  'checkbox-background': '#000000', 'checkbox-border': '#6fc3df', 'checkbox-foreground': '#ffffff',
  'dropdown-background': '#000000', 'dropdown-border': '#6fc3df', 'dropdown-foreground': '#ffffff', 'dropdown-listBackground': '#000000',
  'input-background': '#000000', 'input-border': '#6fc3df', 'input-foreground': '#ffffff', 'input-placeholderForeground': '#ffffffb3',
  'list-activeSelectionBackground': '#000000', 'list-activeSelectionForeground': '#ffffff',
  'progressBar-background': '#6fc3df', 'scrollbarSlider-background': '#6fc3df99', 'scrollbarSlider-hoverBackground': '#6fc3dfcc',
  'scrollbarSlider-activeBackground': '#6fc3df', 'settings-dropdownListBorder': '#6fc3df',
  'textLink-foreground': '#21a6ff', 'textLink-activeForeground': '#21a6ff', 'textCodeBlock-background': '#000000',
  'charts-foreground': '#ffffff', 'charts-lines': '#ffffff80', 'charts-red': '#f14c4c', 'charts-blue': '#3794ff',
  'charts-yellow': '#cca700', 'charts-orange': '#d18616', 'charts-green': '#89d185', 'charts-purple': '#b180d7',
  'terminal-ansiCyan': '#00ffff',
  'debugTokenExpression-name': '#ffffff', 'debugTokenExpression-value': '#ffffff', 'debugTokenExpression-string': '#f48771',
  'debugTokenExpression-boolean': '#75bdfe', 'debugTokenExpression-number': '#89d185',
  'inputValidation-infoBackground': '#000000', 'inputValidation-infoBorder': '#6fc3df',
};

function css(vars: Record<string, string>): string {
  const all = { ...COMMON, ...vars };
  const lines = Object.entries(all).map(([k, v]) => `  --vscode-${k}: ${v};`);
  // The sidebar's background shows behind a webview view.
  return `html {\n${lines.join('\n')}\n  background-color: var(--vscode-sideBar-background);\n}\n`;
}

export const THEMES: Record<ThemeName, { kind: string; name: string; css: string }> = {
  dark: { kind: 'vscode-dark', name: 'Dark Modern', css: css(DARK) },
  light: { kind: 'vscode-light', name: 'Light Modern', css: css(LIGHT) },
  hc: { kind: 'vscode-high-contrast', name: 'Dark High Contrast', css: css(HC) },
};
