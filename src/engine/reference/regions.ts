/**
 * Korean provinces (시도) with their short names and former names, so that "충남" and "충청남도" name the
 * same region and "강원도" still finds "강원특별자치도".
 */

export interface Province {
  name: string;
  short: string;
  /** Former official names. */
  former: string[];
  en: string;
}

export const PROVINCES: ReadonlyArray<Province> = [
  { name: "서울특별시", short: "서울", former: [], en: "Seoul" },
  { name: "부산광역시", short: "부산", former: [], en: "Busan" },
  { name: "대구광역시", short: "대구", former: [], en: "Daegu" },
  { name: "인천광역시", short: "인천", former: [], en: "Incheon" },
  { name: "광주광역시", short: "광주", former: [], en: "Gwangju" },
  { name: "대전광역시", short: "대전", former: [], en: "Daejeon" },
  { name: "울산광역시", short: "울산", former: [], en: "Ulsan" },
  { name: "세종특별자치시", short: "세종", former: [], en: "Sejong" },
  { name: "경기도", short: "경기", former: [], en: "Gyeonggi-do" },
  { name: "강원특별자치도", short: "강원", former: ["강원도"], en: "Gangwon-do" },
  { name: "충청북도", short: "충북", former: [], en: "Chungcheongbuk-do" },
  { name: "충청남도", short: "충남", former: [], en: "Chungcheongnam-do" },
  { name: "전북특별자치도", short: "전북", former: ["전라북도"], en: "Jeonbuk-do" },
  { name: "전라남도", short: "전남", former: [], en: "Jeollanam-do" },
  { name: "경상북도", short: "경북", former: [], en: "Gyeongsangbuk-do" },
  { name: "경상남도", short: "경남", former: [], en: "Gyeongsangnam-do" },
  { name: "제주특별자치도", short: "제주", former: [], en: "Jeju-do" },
];

function key(s: string): string {
  return s.replace(/[\s\u3000]/g, "").toLowerCase();
}

/** Each name of a province (as a key) to all the names of that province. */
const ALIASES = new Map<string, string[]>();
for (const p of PROVINCES) {
  const names = [p.name, p.short, ...p.former, p.en].map(key);
  for (const n of names) ALIASES.set(n, names);
}

/** All the names a region may go by (itself included), compared without spaces. */
export function regionAliases(name: string): string[] {
  const k = key(name);
  return ALIASES.get(k) ?? [k];
}

/** True when two region names denote the same region ("충남" and "충청남도"). */
export function sameRegionName(a: string, b: string): boolean {
  const ka = key(a);
  const kb = key(b);
  if (ka === kb) return true;
  return ALIASES.get(ka)?.includes(kb) ?? false;
}

/** A matcher for one region name, for testing many table rows against it (each distinct name read once). */
export function regionNameMatcher(name: string): (other: string) => boolean {
  const names = new Set(regionAliases(name));
  const seen = new Map<string, boolean>();
  return (other) => {
    let hit = seen.get(other);
    if (hit === undefined) seen.set(other, (hit = names.has(key(other))));
    return hit;
  };
}
