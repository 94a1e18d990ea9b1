// The part of the `qrcode` package the reader uses (it ships no types).
declare module 'qrcode' {
  interface ToBufferOptions {
    type?: 'png';
    errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
    margin?: number;
    scale?: number;
    width?: number;
    color?: { dark?: string; light?: string };
  }
  const QRCode: { toBuffer(text: string, options?: ToBufferOptions): Promise<Buffer> };
  export default QRCode;
}
