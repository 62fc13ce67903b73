/**
 * Hydration renders each component once more in the browser and must get what the server got.
 * The server passed the regulation as a property, which HTML cannot carry, so it also wrote it
 * into the page as a JSON data block (`#sanding-regulation`), and the client sets the same
 * property from it, before the elements upgrade (a property set before upgrade takes effect).
 */
const regulation = JSON.parse(document.getElementById('sanding-regulation').textContent);

for (const element of document.querySelectorAll('sanding-division-directory, sanding-contact-card')) {
  element.regulation = regulation;
}
