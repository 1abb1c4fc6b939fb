/**
 * The one function of `qrcode` the join card uses. `@types/qrcode` pulls in Node's types, which
 * would let any browser file import `node:fs` without a complaint; the client project maps
 * `qrcode` here instead (see its tsconfig `paths`).
 */
declare const QRCode: {
  toString(text: string, options: { type: 'svg'; margin?: number }): Promise<string>;
};
export default QRCode;
