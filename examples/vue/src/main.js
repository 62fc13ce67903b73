import { createApp } from 'vue';
// Registers the four custom elements.
import '@sanding/elements';
import App from './App.vue';
import './app.css';

createApp(App).mount('#app');
