/** A multipart/form-data body with one file field, as a browser would send it. */
export function multipartFile(fileName: string, data: Buffer | string, field = 'file', contentType = 'application/octet-stream'): { body: Buffer; headers: Record<string, string> } {
  const boundary = `----reformquiz${Math.random().toString(16).slice(2)}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  const body = Buffer.concat([Buffer.from(head), Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8'), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
