/** Generated benchmark inputs: a KOSIS standard CSV of any size, and a long census table. */
const PROVINCES = ["서울특별시", "부산광역시", "대구광역시", "인천광역시", "광주광역시", "대전광역시", "울산광역시", "경기도", "충청남도", "전라남도", "경상북도", "경상남도"];
const INDUSTRIES = ["식료품 제조업", "섬유제품 제조업; 의복제외", "화학물질 및 화학제품 제조업; 의약품 제외", "1차 금속 제조업", "자동차 및 트레일러 제조업", "기타 제품 제조업"];

/** A KOSIS standard CSV (province × city × industry, three items per year) of about `bytes` bytes. */
export function kosisCsv(targetChars: number): string {
  const years = ["2020", "2021", "2022"];
  const items = ["사업체수 (개)", "종사자수 (명)", "부가가치 (백만원)"];
  const head1 = ["행정구역별(1)", "행정구역별(2)", "산업별", ...years.flatMap((y) => items.map(() => y))];
  const head2 = ["행정구역별(1)", "행정구역별(2)", "산업별", ...years.flatMap(() => items)];
  const lines = [head1.join(","), head2.join(",")];
  let size = lines[0].length + lines[1].length;
  let i = 0;
  while (size < targetChars) {
    const province = PROVINCES[i % PROVINCES.length];
    const city = `시군구${Math.floor(i / INDUSTRIES.length) % 997}`;
    const industry = INDUSTRIES[i % INDUSTRIES.length];
    const values = years.flatMap((_, y) => [(i * 7 + y) % 500, (i * 13 + y) % 9 === 0 ? "X" : (i * 31 + y) % 20000, `${(i * 17 + y) % 100000}`]);
    const line = `${province},${city},"${industry}",${values.join(",")}`;
    lines.push(line);
    size += line.length + 2;
    i++;
  }
  return lines.join("\r\n") + "\r\n";
}

/** A long table (the import's layout) of about `rows` rows: the province, then cities, one row per industry. */
export const LONG_CODES = ["C10", "C13", "C19", "C20", "C22", "C23", "C24", "C25", "C26", "C28", "C29", "C30"];
export function longTable(rows: number): (string | number | null)[][] {
  const header = ["지역코드", "지역", "상위지역", "산업코드", "산업명", "시점", "항목", "단위", "값", "표시", "구분"];
  const out: (string | number | null)[][] = [header];
  for (let i = 0; i < rows - 1; i++) {
    const city = Math.floor(i / LONG_CODES.length);
    const region = city === 0 ? "충청남도" : `시군구${city}`;
    out.push(["", region, city === 0 ? "" : "충청남도", LONG_CODES[i % LONG_CODES.length], "", "2022", "종사자수", "명", city === 0 ? 1_000_000 : (i * 37) % 10000, "", ""]);
  }
  return out;
}
