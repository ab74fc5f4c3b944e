'use strict';
App.api('/me').then(me => location.replace(App.home(me)));