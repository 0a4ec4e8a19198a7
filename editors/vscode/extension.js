// Starts `glossator lsp` for Fluent files: diagnostics, code actions, hover, go to
// definition and completion all come from the server.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration('glossator');
  const command = config.get('path', 'glossator');
  client = new LanguageClient(
    'glossator',
    'glossator',
    { command, args: ['lsp'] },
    {
      documentSelector: [{ scheme: 'file', language: 'fluent' }],
      initializationOptions: config.get('initializationOptions', {}),
    },
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
