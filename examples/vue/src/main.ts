import 'dialkit/sip-profiles';
import 'dialkit/help-article';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#root');
