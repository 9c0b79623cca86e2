import { fileNameFromDisposition, saveFile } from './save-file';

describe('fileNameFromDisposition', () => {
  it.each([
    ['attachment; filename="cau-hoi.xlsx"', 'cau-hoi.xlsx'],
    ['attachment; filename=cau-hoi.gift', 'cau-hoi.gift'],
    // RFC 5987 carries the Vietnamese name and wins over the ASCII fallback.
    [`attachment; filename="ngan-hang.xlsx"; filename*=UTF-8''Ng%C3%A2n%20h%C3%A0ng.xlsx`, 'Ngân hàng.xlsx'],
    ['attachment', null],
    [null, null],
  ])('%s → %s', (header, name) => {
    expect(fileNameFromDisposition(header)).toBe(name);
  });
});

describe('saveFile', () => {
  it('clicks a download link named by the server, or the fallback', () => {
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    URL.createObjectURL = vi.fn(() => 'blob:1');
    URL.revokeObjectURL = vi.fn();
    saveFile({ blob: new Blob(['x']), contentDisposition: 'attachment; filename="mau.xlsx"' }, 'fallback.xlsx');
    saveFile({ blob: new Blob(['x']), contentDisposition: null }, 'fallback.xlsx');
    expect(clicked).toEqual(['mau.xlsx', 'fallback.xlsx']);
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
    click.mockRestore();
  });
});
