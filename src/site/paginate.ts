/** Split a list into numbered pages of at most `size` items. */
import { pageUrl } from "../lib/routes.ts";

export interface Pagination {
  number: number;
  total: number;
  url: string;
  prevUrl?: string;
  nextUrl?: string;
  /** every page's number and URL, for the page list */
  pages: { number: number; url: string }[];
}

export const PAGE_SIZE = 50;

export function paginate<T>(items: readonly T[], baseUrl: string, size = PAGE_SIZE): { items: T[]; pagination: Pagination }[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  const pages = Array.from({ length: total }, (_, i) => ({ number: i + 1, url: pageUrl(baseUrl, i + 1) }));
  return pages.map(({ number, url }) => ({
    items: items.slice((number - 1) * size, number * size),
    pagination: {
      number,
      total,
      url,
      ...(number > 1 && { prevUrl: pageUrl(baseUrl, number - 1) }),
      ...(number < total && { nextUrl: pageUrl(baseUrl, number + 1) }),
      pages,
    },
  }));
}
