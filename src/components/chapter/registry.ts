/**
 * The graphics a chapter's MDX may place between paragraphs, registered once: the chapter pages
 * and /print/ render with these, and the content guard's rules (src/lib/guard/components.ts) have
 * the same names (a unit test checks it).
 */
import Chart from '../figures/Chart.astro';
import Shares from '../figures/Shares.astro';
import Timeline from '../figures/Timeline.astro';
import Units from '../figures/Units.astro';
import DistrictMap from '../map/DistrictMap.astro';

export const chapterComponents = { Chart, Shares, Units, Timeline, PlaceMap: DistrictMap };
