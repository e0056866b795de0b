/**
 * The interactive map (Leaflet): the nine districts as vector shapes on a plain background (no
 * tiles, no other host), their names, a scale bar, bounded panning and zoom, and a marker for
 * every place with a popup (name, what the article says, a link to the paragraph). The district
 * buttons and the chapter filter outside the map do the same things by keyboard.
 */
import L from 'leaflet';
import { clusterByDistance, clusterLabel, groupByPoint } from '../lib/map/markers';
import type { MapData, MapPlaceData as PlaceData } from '../lib/map/view';
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

function popupFor(places: PlaceData[]): HTMLElement {
  const wrap = el('div', 'map-popup-list');
  if (places.length > 1) wrap.append(el('p', 'map-popup-meta', `${places.length}个地点（位置相近，或编者只知其所在区县而标在同一点上）：`));
  for (const p of places) wrap.append(popupItem(p));
  return wrap;
}

function popupItem(p: PlaceData): HTMLElement {
  const box = el('div', 'map-popup');
  box.append(el('strong', null, `${p.n}. ${p.name}`));
  const meta = el('span', 'map-popup-meta', [p.districtName, p.approximate ? '约略位置' : null].filter(Boolean).join(' · '));
  box.append(meta);
  if (p.quote) box.append(el('q', null, p.quote));
  if (p.href) {
    const a = el('a', null, `读原文：${p.chapterTitle ?? ''} 第${p.paragraph ?? ''}段`);
    a.href = p.href;
    box.append(a);
  }
  return box;
}

export async function renderMap(figure: HTMLElement): Promise<void> {
  await Promise.all([loadCss(leafletCss), loadCss(mapCss)]);
  const data = JSON.parse(figure.dataset.map!) as MapData;
  const frame = figure.querySelector<HTMLElement>('.map-frame')!;
  const geometry = (await (await fetch(data.geometry)).json()) as GeoJSON.FeatureCollection;

  const holder = el('div', 'leaflet-holder');
  holder.setAttribute('role', 'region');
  holder.setAttribute('aria-label', `${figure.querySelector('.map-title')?.textContent ?? '地图'}（交互示意图：方向键平移，加减号缩放，Tab 键逐个选择地点）`);
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
    keyboard: true,
  });
  map.fitBounds(bounds, { padding: [8, 8] });
  map.setMinZoom(Math.min(map.getZoom(), map.getBoundsZoom(all)) - 0.5);
  map.setMaxZoom(13);
  map.attributionControl.setPrefix(false).addAttribution(data.credit);
  L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);

  const colors = () => ({ fill: css('--paper'), line: css('--ink-3'), active: css('--chart-1'), soft: css('--chart-3') });
  let selected: string | null = null;
  let chapter = '';
  const districtLayers = new Map<string, L.Path>();
  const styleFor = (id: string): L.PathOptions => {
    const c = colors();
    const hasChapterPlaces = chapter && data.places.some((p) => p.chapter === chapter && p.district === id);
    return { color: c.line, weight: id === selected ? 2.5 : 1, fillColor: id === selected ? c.active : hasChapterPlaces ? c.soft : c.fill, fillOpacity: id === selected ? 0.25 : 1 };
  };
  L.geoJSON(geometry, {
    style: (f) => styleFor(String(f?.properties?.id)),
    onEachFeature: (f, layer) => {
      const id = String(f.properties.id);
      const name = data.districts.find((d) => d.id === id)?.name ?? String(f.properties.name);
      districtLayers.set(id, layer as L.Path);
      layer.bindTooltip(el('span', null, name), { permanent: true, direction: 'center', className: 'district-label' });
      layer.on('click', () => select(id === selected ? null : id));
    },
  }).addTo(map);

  /**
   * Markers: places at one point share a marker (the editors could only place them in their
   * district), and markers that would cover each other at this zoom are merged, so every marker can
   * be seen and pressed. Redrawn on zoom and when the filter changes.
   */
  const markerLayer = L.layerGroup().addTo(map);
  function renderMarkers() {
    markerLayer.clearLayers();
    const points = groupByPoint(data.places.filter(visible)).map((g) => {
      const pt = map.latLngToLayerPoint([g.lat, g.lon]);
      return { x: pt.x, y: pt.y, item: g };
    });
    for (const c of clusterByDistance(points, 28)) {
      const members = c.items.flatMap((g) => g.members.map((m) => m.place)).sort((a, b) => a.n - b.n);
      const first = c.items[0]!;
      const label = clusterLabel(members.map((p) => p.n));
      const approximate = members.some((p) => p.approximate);
      const width = Math.max(26, label.length * 8 + 14);
      const icon = L.divIcon({ className: `place-marker${approximate ? ' approximate' : ''}`, html: label, iconSize: [width, 26], iconAnchor: [width / 2, 13], popupAnchor: [0, -13] });
      const names = members.map((p) => `${p.n}. ${p.name}`).join('、');
      const marker = L.marker([first.lat, first.lon], { icon, keyboard: true, title: names, alt: names, riseOnHover: true });
      marker.bindPopup(() => popupFor(members), { maxWidth: 280 });
      marker.addTo(markerLayer);
      const node = marker.getElement();
      if (node) {
        node.setAttribute('role', 'button');
        node.setAttribute('aria-label', `${label}：${members.map((p) => p.name).join('、')}${approximate ? '（约略位置）' : ''}，打开说明`);
        node.dataset.place = members.map((p) => p.id).join(' ');
      }
    }
  }
  map.on('zoomend', renderMarkers);
  function visible(p: PlaceData) {
    return (!chapter || p.chapter === chapter) && (!selected || p.district === selected);
  }

  const list = [...figure.querySelectorAll<HTMLElement>('.place-list li')];
  const status = figure.querySelector<HTMLElement>('.map-status');
  const buttons = [...figure.querySelectorAll<HTMLButtonElement>('.map-districts button')];

  function apply() {
    let shown = 0;
    renderMarkers();
    for (const p of data.places) {
      const li = list.find((x) => x.dataset.place === p.id);
      if (li) li.hidden = !visible(p);
      if (visible(p)) shown++;
    }
    for (const [id, layer] of districtLayers) layer.setStyle(styleFor(id));
    for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.district === selected));
    const dname = data.districts.find((d) => d.id === selected)?.name;
    if (status) status.textContent = `${dname ? `${dname}：` : ''}显示${shown}个地点${shown === 0 ? '（文中未提到这里的具体地点）' : ''}`;
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
