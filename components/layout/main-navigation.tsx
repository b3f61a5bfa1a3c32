"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { isCurrentPath } from "./navigation-items";

/** The header outlives client-side navigation, so the current page is read live from the router. */
export function MainNavigation({ label, items }: { label: string; items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="border-b border-line bg-white text-ink">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-6 px-4">
        {items.map((item) => {
          const current = isCurrentPath(item.href, pathname);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`inline-block py-3 font-semibold no-underline ${current ? "border-b-4 border-brand text-ink" : "text-link"}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
