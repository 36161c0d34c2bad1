"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { Citation } from "@/lib/views/citation";
import { CitationCard } from "./CitationCard";

const CARD_ID = "citation-card";
const CARD_WIDTH = 384;

/** One fetch per page address: the citations of everything cited on it (GET /api/v1/citations). */
const loaded = new Map<string, Promise<Record<string, Citation>>>();
function citationsFor(page: string): Promise<Record<string, Citation>> {
  let p = loaded.get(page);
  if (!p) {
    p = fetch(`/api/v1/citations?page=${encodeURIComponent(page)}`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((body: { citations?: Record<string, Citation> }) => body.citations ?? {});
    // A failed fetch is retried on the next hover instead of being remembered.
    p.catch(() => loaded.delete(page));
    loaded.set(page, p);
  }
  return p;
}

interface Open {
  anchor: HTMLElement;
  key: string;
  hover: boolean;
  focus: boolean;
  pinned: boolean;
}

/**
 * The one client handler behind every cited value on a page (CitedValue renders plain buttons with data-cite).
 * Hover or keyboard focus shows the source card, a click pins it (Escape closes it); focus may move into the
 * card's links. The card is fixed-positioned so scrolling table containers do not clip it.
 */
export function CitationCards() {
  const [open, setOpen] = useState<Open | null>(null);
  const [citation, setCitation] = useState<Citation | null | "missing">(null);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);
  const card = useRef<HTMLDivElement>(null);
  const openRef = useRef(open);
  openRef.current = open;

  const inside = useCallback(
    (node: EventTarget | null) =>
      node instanceof Node && (!!openRef.current?.anchor.contains(node) || !!card.current?.contains(node)),
    [],
  );
  const update = useCallback((patch: Partial<Open>) => {
    const cur = openRef.current;
    if (!cur) return;
    const next = { ...cur, ...patch };
    setOpen(next.hover || next.focus || next.pinned ? next : null);
  }, []);
  const show = useCallback((anchor: HTMLElement, how: "hover" | "focus" | "pinned") => {
    const cur = openRef.current;
    const key = anchor.dataset.cite ?? "";
    if (cur && cur.anchor === anchor) return setOpen({ ...cur, [how]: how === "pinned" ? !cur.pinned : true });
    setOpen({ anchor, key, hover: how === "hover", focus: how === "focus", pinned: how === "pinned" });
  }, []);

  useEffect(() => {
    const cite = (t: EventTarget | null) =>
      t instanceof Element ? (t.closest("[data-cite]") as HTMLElement | null) : null;
    const over = (e: PointerEvent) => {
      const a = cite(e.target);
      if (a && !(openRef.current?.pinned && openRef.current.anchor !== a)) show(a, "hover");
      else if (inside(e.target)) update({ hover: true });
    };
    const out = (e: PointerEvent) => {
      if (openRef.current && inside(e.target) && !inside(e.relatedTarget)) update({ hover: false });
    };
    const focusIn = (e: FocusEvent) => {
      const a = cite(e.target);
      if (a) show(a, "focus");
    };
    const focusOut = (e: FocusEvent) => {
      if (openRef.current && inside(e.target) && !inside(e.relatedTarget)) update({ focus: false });
    };
    const click = (e: MouseEvent) => {
      const a = cite(e.target);
      if (a) show(a, "pinned");
      else if (openRef.current?.pinned && !inside(e.target)) setOpen(null);
    };
    const key = (e: KeyboardEvent) => {
      if (e.key === "Escape" && openRef.current) setOpen(null);
    };
    document.addEventListener("pointerover", over);
    document.addEventListener("pointerout", out);
    document.addEventListener("focusin", focusIn);
    document.addEventListener("focusout", focusOut);
    document.addEventListener("click", click);
    document.addEventListener("keydown", key);
    return () => {
      document.removeEventListener("pointerover", over);
      document.removeEventListener("pointerout", out);
      document.removeEventListener("focusin", focusIn);
      document.removeEventListener("focusout", focusOut);
      document.removeEventListener("click", click);
      document.removeEventListener("keydown", key);
    };
  }, [inside, show, update]);

  // The anchor says whether its card is pinned and which element describes it.
  const anchor = open?.anchor ?? null;
  const pinned = open?.pinned ?? false;
  useEffect(() => {
    if (!anchor) return;
    anchor.setAttribute("aria-expanded", String(pinned));
    anchor.setAttribute("aria-describedby", CARD_ID);
    return () => {
      anchor.setAttribute("aria-expanded", "false");
      anchor.removeAttribute("aria-describedby");
    };
  }, [anchor, pinned]);

  const key = open?.key ?? null;
  useEffect(() => {
    if (!key) return;
    let live = true;
    setCitation(null);
    citationsFor(`${location.pathname}${location.search}`).then(
      (all) => live && setCitation(all[key] ?? "missing"),
      () => live && setCitation("missing"),
    );
    return () => {
      live = false;
    };
  }, [key]);

  useLayoutEffect(() => {
    if (!anchor) return;
    const place = () => {
      const r = anchor.getBoundingClientRect();
      const width = Math.min(CARD_WIDTH, window.innerWidth - 16);
      setPos({ top: r.bottom, left: Math.max(8, Math.min(r.left, window.innerWidth - width - 8)) });
    };
    place();
    window.addEventListener("scroll", place, true);
    window.addEventListener("resize", place);
    return () => {
      window.removeEventListener("scroll", place, true);
      window.removeEventListener("resize", place);
    };
  }, [anchor]);

  if (!open) return null;
  return (
    <div
      ref={card}
      className="cite-card"
      role="tooltip"
      id={CARD_ID}
      style={{ display: "block", position: "fixed", top: pos?.top ?? -9999, left: pos?.left ?? -9999 }}
    >
      {citation === null ? (
        <span className="muted">Loading the source…</span>
      ) : citation === "missing" ? (
        <span>The source could not be loaded. Reload the page to try again.</span>
      ) : (
        <CitationCard citation={citation} />
      )}
    </div>
  );
}
