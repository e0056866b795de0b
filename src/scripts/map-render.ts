/**
 * The interactive map (Leaflet): the nine districts as vector shapes on a plain background (no
 * tiles, no other host), the urban districts a shade darker, the 湘江 (schematic) and the city
 * core named, a scale bar, bounded panning and zoom in Chinese, and a marker for every place with
 * its name where there is room and a popup (name, what the article says, a link to the
 * paragraph). Places of different districts never share a marker. Escape closes a popup; the
 * controls never cover one. The district buttons and the chapter filter outside the map do the
 * same things by keyboard.
 */
import L from 'leaflet';
import { badgeSize, clusterLabel, groupByPoint, markerName, separate } from '../lib/map/markers';
import { overlaps, placeLabels, segmentHitsBox, type Box } from '../lib/map/labels';
import type { MapData, MapPlaceData as PlaceData } from '../lib/map/view';
import { fill, pageText } from './text';

type MapText = ReturnType<typeof pageText<'map'>>;
// The stylesheets are fetched with the map, not with the page (a plain CSS import would be linked
// from every page that has a map, at load).
import leafletCss from 'leaflet/dist/leaflet.css?url';
import mapCss from '../styles/map.css?url';

function loadCss(href: string): Promise<void> {
  if (document.querySelector(`link[href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`stylesheet ${href} did not load`));
    document.head.append(link);
  });
}

const css = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string | null, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function popupFor(places: PlaceData[], t: MapText): HTMLElement {
  const wrap = el('div', 'map-popup-list');
  if (places.length > 1) wrap.append(el('p', 'map-popup-meta', fill(t.several, { count: places.length })));
  for (const p of places) wrap.append(popupItem(p, t));
  return wrap;
}

function popupItem(p: PlaceData, t: MapText): HTMLElement {
  const box = el('div', 'map-popup');
  const head = el('strong', null, `${p.n}. ${p.name}`);
  if (p.original) {
    // The English map: the Chinese name beside the English one.
    const zh = el('span', 'map-popup-zh', ` ${p.original}`);
    zh.lang = 'zh-CN';
    head.append(zh);
  }
  box.append(head);
  const meta = el('span', 'map-popup-meta', [p.districtName, p.approximate ? t.approximate : null].filter(Boolean).join(' · '));
  box.append(meta);
  if (p.translation) box.append(el('q', null, p.translation));
  if (p.quote) {
    const q = el('q', null, p.quote);
    if (p.original) {
      // The article's words are Chinese: said so on the English map, and marked as Chinese.
      q.lang = 'zh-CN';
      box.append(el('span', 'map-popup-meta', t.original));
    }
    box.append(q);
  }
  if (p.href) {
    const a = el('a', null, fill(t.readParagraph, { chapter: p.chapterTitle ?? '', n: p.paragraph ?? '' }));
    a.href = p.href;
    box.append(a);
  }
  return box;
}

export async function renderMap(figure: HTMLElement): Promise<void> {
  await Promise.all([loadCss(leafletCss), loadCss(mapCss)]);
  const data = JSON.parse(figure.dataset.map!) as MapData;
  const t = pageText('map', figure);
  const frame = figure.querySelector<HTMLElement>('.map-frame')!;
  const geometry = (await (await fetch(data.geometry)).json()) as GeoJSON.FeatureCollection;

  const holder = el('div', 'leaflet-holder');
  holder.setAttribute('role', 'region');
  holder.setAttribute('aria-label', fill(t.region, { title: figure.querySelector('.map-title')?.textContent ?? t.map }));
  frame.append(holder);

  const [[w, s], [e, n]] = data.bbox;
  const bounds = L.latLngBounds([s, w], [n, e]);
  const all = L.geoJSON(geometry).getBounds();
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const map = L.map(holder, {
    zoomSnap: 0.25,
    fadeAnimation: !still,
    zoomAnimation: !still,
    markerZoomAnimation: !still,
    maxBounds: all.pad(0.15),
    maxBoundsViscosity: 0.8,
    attributionControl: true,
    zoomControl: false,
    keyboard: true,
  });
  L.control.zoom({ zoomInTitle: t.zoomIn, zoomOutTitle: t.zoomOut, position: 'topleft' }).addTo(map);
  for (const [sel, label] of [['.leaflet-control-zoom-in', t.zoomIn], ['.leaflet-control-zoom-out', t.zoomOut]] as const) holder.querySelector(sel)?.setAttribute('aria-label', label);
  map.attributionControl.setPrefix(false).addAttribution(data.credit);
  // The places fill the map above the credit (two lines on a phone), never under it.
  const credit = holder.querySelector('.leaflet-control-attribution')?.getBoundingClientRect().height ?? 0;
  // Below, room for the markers' own size too (a marker is drawn centred on its point: half of it below).
  map.fitBounds(bounds, { paddingTopLeft: [8, 8], paddingBottomRight: [8, 22 + credit] });
  map.setMinZoom(Math.min(map.getZoom(), map.getBoundsZoom(all)) - 0.5);
  map.setMaxZoom(13);
  // The scale bar at the top right: at the bottom the credit, wrapped on a phone, would run over it.
  L.control.scale({ imperial: false, position: 'topright' }).addTo(map);

  const colors = () => ({ fill: css('--map-land'), urban: css('--map-urban'), line: css('--ink-3'), active: css('--chart-1'), soft: css('--chart-3'), river: css('--map-river') });
  let selected: string | null = null;
  let chapter = '';
  const urban = new Set(data.urban);
  const districtLayers = new Map<string, L.Path>();
  const styleFor = (id: string): L.PathOptions => {
    const c = colors();
    const hasChapterPlaces = chapter && data.places.some((p) => p.chapter === chapter && p.district === id);
    return { color: c.line, weight: id === selected ? 2.5 : 1, fillColor: id === selected ? c.active : hasChapterPlaces ? c.soft : urban.has(id) ? c.urban : c.fill, fillOpacity: id === selected ? 0.25 : 1 };
  };
  L.geoJSON(geometry, {
    style: (f) => styleFor(String(f?.properties?.id)),
    onEachFeature: (f, layer) => {
      const id = String(f.properties.id);
      const name = data.districts.find((d) => d.id === id)?.name ?? String(f.properties.name);
      districtLayers.set(id, layer as L.Path);
      // The name where the static map writes it (inside the part of the district in view), else at its centre.
      const at = data.districts.find((d) => d.id === id)?.labelAt;
      if (at) L.tooltip({ permanent: true, direction: 'center', className: 'district-label' }).setLatLng([at[1], at[0]]).setContent(name).addTo(map);
      else layer.bindTooltip(el('span', null, name), { permanent: true, direction: 'center', className: 'district-label' });
      layer.on('click', () => select(id === selected ? null : id));
    },
  }).addTo(map);
  // The river's stretch in pieces, its ends fading out: the river goes on where the data stop.
  const riverPieces = data.river ? data.river.fade.map((p) => L.polyline(p.latlngs, { color: colors().river, weight: 4, opacity: p.opacity, interactive: false, lineCap: p.opacity < 1 ? 'butt' : 'round', className: p.opacity < 1 ? 'river fade' : 'river' }).addTo(map)) : [];
  const riverLine = riverPieces.find((p) => p.options.opacity === 1) ?? null;
  if (riverLine && data.river) {
    // Beside the stretch where the static map writes it, upright (a column) where the river runs steeply there.
    const { labelAt, labelSide, vertical, name } = data.river;
    const className = `river-label${vertical ? ' vertical' : ''}`;
    if (labelAt && labelSide) {
      const offset: Record<typeof labelSide, [number, number]> = { top: [0, -6], bottom: [0, 6], left: [-8, 0], right: [8, 0] };
      L.tooltip({ permanent: true, direction: labelSide, className, offset: offset[labelSide], interactive: false }).setLatLng([labelAt[1], labelAt[0]]).setContent(name).addTo(map);
    } else riverLine.bindTooltip(el('span', null, name), { permanent: true, direction: 'center', className });
  }
  for (const a of data.areas) L.tooltip({ permanent: true, direction: 'center', className: 'area-label' }).setLatLng([a.lat, a.lon]).setContent(a.name).addTo(map);

  /**
   * Markers: places of one district at one point share a marker, and markers of one district that
   * would cover each other at this zoom are merged; markers of different districts are moved apart
   * instead (never merged). Names are written beside markers where there is room. Redrawn on zoom
   * and when the filter changes.
   */
  const markerLayer = L.layerGroup().addTo(map);
  // A popup is never wider than the map less its margins (12 px each side, and the popup's own: 20 px
  // left, 36 px right for the close button, src/styles/map.css), and is panned into view (clear of the zoom buttons and the credit).
  const popupOptions = (): L.PopupOptions => {
    const { x: width, y: height } = map.getSize();
    // Clear of the zoom buttons and the scale bar above (86 px) and, below, of the credit (two lines on
    // a phone) with the marker the popup points at (half of it under the tip: 20 px); at most 60 % of
    // the map high, taller content scrolls.
    const below = (holder.querySelector<HTMLElement>('.leaflet-control-attribution')?.offsetHeight ?? 20) + 20;
    return { maxWidth: Math.min(280, width - 80), minWidth: Math.min(160, width - 80), maxHeight: Math.max(120, Math.min(height * 0.6, height - 86 - below - 40)), autoPan: true, keepInView: true, autoPanPaddingTopLeft: L.point(12, 86), autoPanPaddingBottomRight: L.point(12, below), className: 'map-popup-box' };
  };
  let lastMarker: HTMLElement | null = null;
  function renderMarkers() {
    markerLayer.clearLayers();
    const points = groupByPoint(data.places.filter(visible)).map((g) => {
      const pt = map.latLngToLayerPoint([g.lat, g.lon]);
      return { x: pt.x, y: pt.y, group: g.district, item: g };
    });
    // The same groups as the static map (places at one point, of one district: groupByPoint), never merged by distance; markers that would cover each other are moved apart.
    const clusters = points.map((p) => ({ x: p.x, y: p.y, group: p.group, items: [p.item] }));
    // Each marker's badge: a circle for a number, a pill sized to its text otherwise (5处, 2–3, 12·16).
    const badges = clusters.map((c) => {
      const label = clusterLabel(c.items.flatMap((g) => g.members.map((m) => m.place.n)), (n) => fill(t.badgeCount, { count: n }));
      return { label, ...badgeSize(label, 11, 26) };
    });
    const moved = separate(clusters.map((c, i) => ({ x: c.x, y: c.y, extra: badges[i]!.width / 2 - 13 })), 30);
    const size = map.getSize();
    const origin = map.latLngToLayerPoint(map.containerPointToLatLng([0, 0]));
    const names = clusters.map((c) => markerName(c.items.flatMap((g) => g.members.map((m) => m.place.label ?? m.place.name)), (name, count) => fill(t.cluster, { name, count, others: count - 1 }), Number(t.nameChars)));
    // Names keep clear of the names already on the map (districts, the river, the city), as in the static map.
    const holderBox = holder.getBoundingClientRect();
    const taken = [...holder.querySelectorAll<HTMLElement>('.leaflet-tooltip.district-label, .leaflet-tooltip.river-label, .leaflet-tooltip.area-label')].map((e) => {
      const b = e.getBoundingClientRect();
      return { x0: b.left - holderBox.left, y0: b.top - holderBox.top, x1: b.right - holderBox.left, y1: b.bottom - holderBox.top };
    });
    // A tooltip sits 6 px off its anchor (Leaflet's margin for the arrow) and has 2 px of padding: counted in the half-width and the frame.
    // A name never crosses the river away from its marker.
    const river = (data.river?.latlngs ?? []).map((l) => l.map((ll) => { const q = map.latLngToContainerPoint(ll); return [q.x, q.y] as [number, number]; }));
    const crossesRiver = (b: Box) => river.some((l) => l.some((q, k) => k > 0 && segmentHitsBox(l[k - 1]!, q, b)));
    const labels = placeLabels(moved.map((m, i) => ({ x: m.x - origin.x, y: m.y - origin.y, r: 14, rx: badges[i]!.width / 2 + 5, text: names[i]! })), { width: size.x - 6, height: size.y }, 12, taken, false, crossesRiver);
    clusters.forEach((c, i) => {
      const members = c.items.flatMap((g) => g.members.map((m) => m.place)).sort((a, b) => a.n - b.n);
      const { label, width, pill } = badges[i]!;
      const approximate = members.some((p) => p.approximate);
      const at = map.layerPointToLatLng([moved[i]!.x, moved[i]!.y]);
      const icon = L.divIcon({ className: `place-marker${approximate ? ' approximate' : ''}${pill ? ' pill' : ''}`, html: label, iconSize: [width, 26], iconAnchor: [width / 2, 13], popupAnchor: [0, -13] });
      const list = members.map((p) => `${p.n}. ${p.name}`).join('、');
      const marker = L.marker(at, { icon, keyboard: true, title: list, alt: list, riseOnHover: true });
      marker.bindPopup(() => popupFor(members, t), popupOptions());
      marker.on('popupopen', () => { lastMarker = marker.getElement() ?? null; });
      const placed = labels[i];
      if (placed && names[i]) {
        const direction = placed.anchor === 'end' ? 'left' : placed.anchor === 'start' ? 'right' : placed.box.y1 <= moved[i]!.y - origin.y ? 'top' : 'bottom';
        const offset: Record<typeof direction, [number, number]> = { left: [-width / 2, 0], right: [width / 2, 0], top: [0, -13], bottom: [0, 13] };
        marker.bindTooltip(names[i]!, { permanent: true, direction, className: 'place-label', offset: offset[direction] });
      }
      marker.addTo(markerLayer);
      if (Math.hypot(moved[i]!.x - c.x, moved[i]!.y - c.y) > 1) L.polyline([map.layerPointToLatLng([c.x, c.y]), at], { color: colors().active, weight: 1, interactive: false, className: 'leader' }).addTo(markerLayer);
      const node = marker.getElement();
      if (node) {
        node.setAttribute('role', 'button');
        node.setAttribute('aria-label', fill(t.marker, { label, names: members.map((p) => p.name).join(t.listSeparator), approximate: approximate ? t.markerApproximate : '' }));
        node.dataset.place = members.map((p) => p.id).join(' ');
      }
    });
  }
  /**
   * What is written on the map stays inside it and clear of everything else: after each redraw the
   * names are measured as drawn, in order of precedence (the city, the river, the districts, the
   * places), and a name that runs past the map's edge or over a control, a marker or a name kept
   * before it is hidden (its marker and the list keep it).
   */
  function fitLabels() {
    const hb = holder.getBoundingClientRect();
    const boxOf = (e: Element): Box => { const b = e.getBoundingClientRect(); return { x0: b.left, y0: b.top, x1: b.right, y1: b.bottom }; };
    const kept: Box[] = [...holder.querySelectorAll('.leaflet-control')].map(boxOf);
    kept.push(...[...holder.querySelectorAll('.leaflet-marker-icon')].map(boxOf));
    const order = ['.leaflet-tooltip.area-label', '.leaflet-tooltip.river-label', '.leaflet-tooltip.district-label', '.leaflet-tooltip.place-label'];
    for (const sel of order) {
      for (const e of holder.querySelectorAll<HTMLElement>(sel)) {
        e.style.visibility = '';
        const b = boxOf(e);
        const inside = b.x0 >= hb.left + 1 && b.y0 >= hb.top + 1 && b.x1 <= hb.right - 1 && b.y1 <= hb.bottom - 1;
        const shrunk = { x0: b.x0 + 1, y0: b.y0 + 1, x1: b.x1 - 1, y1: b.y1 - 1 };
        if (!inside || kept.some((k) => overlaps(k, shrunk))) e.style.visibility = 'hidden';
        else kept.push(b);
      }
    }
  }
  map.on('zoomend', renderMarkers);
  map.on('moveend', () => requestAnimationFrame(fitLabels));
  // Escape closes a popup and gives the focus back to its marker.
  holder.addEventListener('keydown', (ev) => {
    if (ev.key !== "Escape") return;
    if (holder.querySelector('.leaflet-popup')) {
      map.closePopup();
      lastMarker?.focus();
      ev.stopPropagation();
    }
  });
  function visible(p: PlaceData) {
    return (!chapter || p.chapter === chapter) && (!selected || p.district === selected);
  }

  const list = [...figure.querySelectorAll<HTMLElement>('.place-list li')];
  const status = figure.querySelector<HTMLElement>('.map-status');
  const buttons = [...figure.querySelectorAll<HTMLButtonElement>('.map-districts button')];

  function apply() {
    let shown = 0;
    renderMarkers();
    requestAnimationFrame(fitLabels);
    for (const p of data.places) {
      const li = list.find((x) => x.dataset.place === p.id);
      if (li) li.hidden = !visible(p);
      if (visible(p)) shown++;
    }
    for (const [id, layer] of districtLayers) layer.setStyle(styleFor(id));
    for (const p of riverPieces) p.setStyle({ color: colors().river });
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.district === selected));
    const dname = data.districts.find((d) => d.id === selected)?.name;
    if (status) status.textContent = fill(t.shown, { district: dname ? fill(t.districtPrefix, { name: dname }) : '', count: shown, none: shown === 0 ? t.none : '' });
  }

  function select(id: string | null) {
    selected = id;
    apply();
    const layer = id ? districtLayers.get(id) : null;
    if (layer && 'getBounds' in layer) map.fitBounds((layer as unknown as L.Polygon).getBounds(), { padding: [12, 12] });
  }

  for (const b of buttons) b.addEventListener('click', () => select(b.dataset.district === selected ? null : b.dataset.district!));
  for (const r of figure.querySelectorAll<HTMLInputElement>('.map-filter input[type=radio]')) {
    r.addEventListener('change', () => {
      chapter = r.value;
      apply();
    });
  }
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', apply);
  apply();

  figure.querySelector<HTMLElement>('.map-controls')?.removeAttribute('hidden');
  figure.dataset.state = 'ready';
}
