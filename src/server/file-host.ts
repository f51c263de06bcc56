// The file host the server's team resolver reads through: Node's fs on the desktop. The web build takes
// ./file-host.browser.ts instead (the team's files as the client sent them).
export { nodeFileHost as serverFileHost } from '../core/host/node';
