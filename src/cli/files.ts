/**
 * Files: reading workbooks and sources with a one-line reason when they cannot be read, and writing
 * workbooks all at once (a temporary file renamed into place, so that a failure never leaves half a file).
 */
import { promises as fs } from "fs";
import * as path from "path";
import { Workbook } from "exceljs";
import { unzipSync } from "fflate";
import { cliError } from "./errors";

export async function readBytes(file: string): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw cliError(`${file}: 파일이 없습니다`, `${file}: no such file`);
  }
  if (stat.isDirectory()) throw cliError(`${file}: 파일이 아니라 폴더입니다`, `${file}: is a directory, not a file`);
  try {
    const b = await fs.readFile(file);
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength); // a view: a copy would hold the file twice
  } catch (e) {
    throw cliError(`${file}: 읽을 수 없습니다 (${reasonOf(e)})`, `${file}: cannot be read (${reasonOf(e)})`);
  }
}

function reasonOf(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.split("\n")[0].slice(0, 200);
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/** Names of the parts of a zip (no contents inflated); undefined when the archive cannot be listed. */
function zipEntries(bytes: Uint8Array): string[] | undefined {
  try {
    const names: string[] = [];
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
    return names;
  } catch {
    return undefined;
  }
}

/** Reads an xlsx workbook; bad input (not a zip, a damaged zip, not a workbook) is a CliError naming the file. */
export async function readWorkbook(file: string): Promise<{ workbook: Workbook; bytes: Uint8Array }> {
  const bytes = await readBytes(file);
  if (bytes.length === 0) throw cliError(`${file}: 빈 파일입니다`, `${file}: the file is empty`);
  if (!isZip(bytes)) {
    const legacy = bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
    throw legacy
      ? cliError(`${file}: Excel 97-2003 (.xls) 파일은 읽지 않습니다. Excel에서 .xlsx로 저장하세요`, `${file}: Excel 97-2003 (.xls) files are not read; save it as .xlsx in Excel`)
      : cliError(`${file}: xlsx 파일이 아닙니다 (zip이 아님)`, `${file}: not an xlsx file (not a zip archive)`);
  }
  const entries = zipEntries(bytes);
  if (!entries) throw cliError(`${file}: 손상된 xlsx(zip) 파일입니다`, `${file}: damaged xlsx (corrupt zip archive)`);
  if (!entries.includes("xl/workbook.xml")) {
    throw cliError(`${file}: zip 파일이지만 Excel 통합 문서가 아닙니다 (xl/workbook.xml 없음)`, `${file}: a zip archive but not an Excel workbook (no xl/workbook.xml)`);
  }
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (e) {
    throw cliError(`${file}: 손상된 xlsx 파일입니다 (${reasonOf(e)})`, `${file}: damaged xlsx file (${reasonOf(e)})`);
  }
  if (workbook.worksheets.length === 0) throw cliError(`${file}: 워크시트가 없습니다`, `${file}: the workbook has no worksheets`);
  return { workbook, bytes };
}

/** Parts of a workbook that exceljs does not carry over when it writes the workbook again. */
const LOST_PARTS: [RegExp, string, string][] = [
  [/^xl\/charts\//, "차트", "charts"],
  [/^xl\/chartsheets\//, "차트 시트", "chart sheets"],
  [/^xl\/pivotTables\//, "피벗 테이블", "pivot tables"],
  [/^xl\/slicers\//, "슬라이서", "slicers"],
  [/^xl\/timelines\//, "시간 표시 막대", "timelines"],
  [/^xl\/vbaProject\.bin$/, "매크로(VBA)", "macros (VBA)"],
  [/^xl\/externalLinks\//, "외부 연결", "external links"],
  [/^xl\/model\//, "데이터 모델", "the data model"],
  [/^xl\/queryTables\//, "쿼리 표", "query tables"],
  [/^xl\/connections\.xml$/, "데이터 연결", "data connections"],
  [/^xl\/activeX\//, "ActiveX 컨트롤", "ActiveX controls"],
  [/^xl\/ctrlProps\//, "양식 컨트롤", "form controls"],
];

/** What would be lost by rewriting this workbook with exceljs, in Korean and English. */
export function partsLostOnRewrite(bytes: Uint8Array): { ko: string[]; en: string[] } {
  const entries = zipEntries(bytes) ?? [];
  const ko: string[] = [];
  const en: string[] = [];
  for (const [re, k, e] of LOST_PARTS) {
    if (entries.some((n) => re.test(n))) {
      ko.push(k);
      en.push(e);
    }
  }
  return { ko, en };
}

/** Writes a workbook to `file` through a temporary file in the same folder, renamed into place. */
export async function writeWorkbook(workbook: Workbook, file: string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    const buffer = await workbook.xlsx.writeBuffer();
    await fs.writeFile(temp, Buffer.from(buffer as ArrayBuffer));
    await fs.rename(temp, file);
  } catch (e) {
    await fs.unlink(temp).catch(() => undefined);
    const code = (e as { code?: string }).code;
    if (code === "ENOENT") throw cliError(`${file}: 쓸 수 없습니다 (폴더 ${dir}이(가) 없습니다)`, `${file}: cannot be written (no folder ${dir})`);
    if (code === "EACCES" || code === "EPERM") throw cliError(`${file}: 쓸 권한이 없습니다`, `${file}: cannot be written (permission denied)`);
    throw cliError(`${file}: 쓸 수 없습니다 (${reasonOf(e)})`, `${file}: cannot be written (${reasonOf(e)})`);
  }
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch {
    return false;
  }
}

/** Whether two paths name the same file (after resolving links where the files exist). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const real = async (p: string) => fs.realpath(p).catch(() => path.resolve(p));
  return (await real(a)) === (await real(b));
}
