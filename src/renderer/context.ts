// The part of VS Code's RendererContext (vscode-notebook-renderer) the journal renderer uses.
export interface RendererContext {
  getRenderer(id: string): Promise<unknown>;
  /** Present when package.json asks for messaging (`requiresMessaging`). */
  postMessage?(message: unknown): void;
  onDidReceiveMessage?(listener: (message: unknown) => void): { dispose(): void };
}
