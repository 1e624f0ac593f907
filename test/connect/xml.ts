import { DOMParser, type Document } from '@xmldom/xmldom';

/** Parses XML strictly: any warning or error of the parser (an unescaped & or <, a bad tag) throws. */
export function parseXml(text: string): Document {
  const fail = (level: string, message: string): never => {
    throw new Error(`not well-formed XML (${level}): ${message}\n${text}`);
  };
  return new DOMParser({ onError: fail }).parseFromString(text, 'text/xml');
}

/** The element tree as plain data: name, attributes in name order, children or text. Whitespace-only text between elements is dropped. */
export type XmlNode = { name: string; attributes: Record<string, string>; children: (XmlNode | string)[] };

export function tree(text: string): XmlNode {
  const root = parseXml(text).documentElement;
  if (root === null) throw new Error(`no root element in ${text}`);
  return walk(root as unknown as XmlElementLike);
}

interface XmlElementLike {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  attributes: { length: number; item(i: number): { name: string; value: string } | null };
  childNodes: { length: number; item(i: number): XmlElementLike | null };
}

function walk(element: XmlElementLike): XmlNode {
  const attributes: Record<string, string> = {};
  const names: string[] = [];
  for (let i = 0; i < element.attributes.length; i++) {
    const a = element.attributes.item(i);
    if (a !== null) names.push(a.name);
  }
  for (const name of names.sort()) {
    for (let i = 0; i < element.attributes.length; i++) {
      const a = element.attributes.item(i);
      if (a?.name === name) attributes[name] = a.value;
    }
  }
  const children: (XmlNode | string)[] = [];
  for (let i = 0; i < element.childNodes.length; i++) {
    const child = element.childNodes.item(i);
    if (child === null) continue;
    if (child.nodeType === 1) children.push(walk(child));
    else if ((child.nodeType === 3 || child.nodeType === 4) && (child.nodeValue ?? '').trim() !== '') children.push(child.nodeValue ?? '');
  }
  return { name: element.nodeName, attributes, children };
}

/** The text content of an XML document, tags dropped and entities resolved. */
export function textOf(text: string): string {
  return parseXml(text).documentElement?.textContent ?? '';
}
