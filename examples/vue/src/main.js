import { createApp } from 'vue';
// Registers the four custom elements.
import '@sanding/elements';
import App from './App.vue';
// Room for each component while its data loads: the page does not jump.
import '@sanding/elements/reserve.css';
import './app.css';

createApp(App).mount('#app');
