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
  interface QRCodeModel {
    modules: { size: number; get(row: number, col: number): number };
  }
  const QRCode: {
    toBuffer(text: string, options?: ToBufferOptions): Promise<Buffer>;
    create(text: string, options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' }): QRCodeModel;
  };
  export default QRCode;
}
