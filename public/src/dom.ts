/**
 * Building DOM safely: every string goes in as text (never parsed as HTML), and the only HTML we
 * accept, the server's highlighted fragments, passes through `setMarkedHtml`, which keeps `<mark>`
 * and turns anything else into visible text.
 */

type Child = Node | string | number | null | undefined | false;
type AttrValue = string | number | boolean | null | undefined;
export interface Props {
  class?: string;
  /** Plain attributes; `false`/`null`/`undefined` leave the attribute out, `true` sets it empty. */
  attrs?: Record<string, AttrValue>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, handler] of Object.entries(props.on ?? {})) {
    el.addEventListener(type, handler as EventListener);
  }
  append(el, children);
  return el;
}

export function append(parent: Node & ParentNode, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'number' ? String(child) : child);
  }
}

/** `<bdi>` isolates Latin names and numbers inside Arabic text, so punctuation stays in place. */
export function bdi(text: string, dir: 'auto' | 'ltr' | 'rtl' = 'auto'): HTMLElement {
  return h('bdi', { attrs: { dir } }, text);
}

/**
 * Puts a server-highlighted fragment (escaped text plus `<mark>`) into `el`. The server already
 * escapes; this is the second lock: any element other than a bare `<mark>` becomes its own text.
 */
export function setMarkedHtml(el: Element, html: string): void {
  const template = document.createElement('template');
  template.innerHTML = html;
  el.replaceChildren(...Array.from(template.content.childNodes).flatMap(clean));
}

function clean(node: Node): Node[] {
  if (node.nodeType === Node.TEXT_NODE) return [document.createTextNode(node.textContent ?? '')];
  if (node instanceof Element) {
    if (node.tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.append(...Array.from(node.childNodes).flatMap(clean));
      return [mark];
    }
    return [document.createTextNode(node.outerHTML)];
  }
  return [];
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`page: #${id} is missing from the HTML`);
  return el as T;
}
