// Everything Goed Werk knows about the booklet's material, free of editor and parser imports so that
// every face (CLI, language server, extension) can load it.
export * from './elements';
export * from './situations';
export * from './deugden';
export * from './questions';
export * from './guides';
