/**
 * Hydration renders each component once more in the browser and must get what the server got.
 * The server passed the regulation as a property, which HTML cannot carry, so the client sets
 * the same property, before the elements upgrade (a property set before upgrade takes effect).
 */
import { regulation } from '@sanding/datasets/dalian-stb/zh-Hans';

for (const element of document.querySelectorAll('sanding-division-directory, sanding-contact-card')) {
  element.regulation = regulation;
}
