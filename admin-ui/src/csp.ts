// The page's policy admits a style element only with this response's nonce (the server writes it into the page).
// antd's CSS-in-JS passes the nonce along (ConfigProvider csp), but some of its helpers do not, such as the one that
// measures the scrollbar. Style elements that scripts insert get the nonce here; a style element in injected markup
// never goes through these calls, so it stays refused, which is what the nonce is for.
export const styleNonce = document.querySelector<HTMLMetaElement>('meta[name="csp-nonce"]')?.content;

export function nonceScriptInsertedStyles(): void {
  if (!styleNonce) return;
  const withNonce = <T extends Node>(node: T): T => {
    if (node instanceof HTMLStyleElement && !node.nonce) node.nonce = styleNonce;
    return node;
  };
  const { appendChild, insertBefore } = Node.prototype;
  Node.prototype.appendChild = function <T extends Node>(this: Node, node: T): T {
    return appendChild.call(this, withNonce(node)) as T;
  };
  Node.prototype.insertBefore = function <T extends Node>(this: Node, node: T, child: Node | null): T {
    return insertBefore.call(this, withNonce(node), child) as T;
  };
}
