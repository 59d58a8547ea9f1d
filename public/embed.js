/*
 * Error Surface Lab — embedding for course notes, without writing postMessage by hand.
 *
 *   <script src="https://your.host/error-surface-lab/embed.js"></script>
 *   <div id="lab"></div>
 *   <script>
 *     const lab = ErrorSurfaceLab.embed(document.getElementById('lab'), {
 *       params: { surface: 'lecture', scaling: 'standardize' }, // the link's query keys
 *       controls: ['play', 'lr', 'scaling'],                     // what the embed shows
 *       presenter: false, width: '100%', height: 480, title: 'Feature scaling',
 *     });
 *     lab.on('converged', (e) => console.log('converged at step', e.step));
 *     lab.play();                                  // also pause(), reset(), step(n)
 *     lab.set({ learningRate: 0.05 });             // experiment fields, as get() returns them
 *     lab.get().then((experiment) => …);
 *   </script>
 *
 * Events: ready, step ({ step, loss, status }, at most 4 a second), converged, diverged,
 * experiment ({ experiment, ignored }). The app is loaded from the folder this script came from
 * unless `src` is given. `origins` (e.g. ['https://notes.example.edu']) restricts which host pages
 * the embed obeys; each must be scheme://host[:port] with no path, or the embed obeys nobody.
 */
(function () {
  'use strict';
  var MARK = 'error-surface-lab';
  var script = document.currentScript;
  var base = script && script.src ? script.src.replace(/[^/]*$/, '') : './';

  function embed(target, options) {
    options = options || {};
    var query = new URLSearchParams();
    var params = options.params || {};
    Object.keys(params).forEach(function (k) {
      query.set(k, String(params[k]));
    });
    query.set('embed', '1');
    if (options.controls) query.set('controls', options.controls.join(','));
    if (options.presenter) query.set('present', '1');
    if (options.origins) query.set('origins', options.origins.join(','));
    var src = (options.src || base) + '?' + query.toString();
    var iframe = document.createElement('iframe');
    iframe.src = src;
    iframe.title = options.title || 'Error Surface Lab';
    iframe.loading = 'lazy';
    iframe.allow = 'fullscreen';
    iframe.style.border = '0';
    iframe.style.width =
      typeof options.width === 'number' ? options.width + 'px' : options.width || '100%';
    iframe.style.height =
      typeof options.height === 'number' ? options.height + 'px' : options.height || '480px';
    iframe.style.minWidth = '320px';
    iframe.style.minHeight = '240px';
    target.appendChild(iframe);
    var appOrigin = new URL(src, location.href).origin;
    var listeners = {};
    var ready = false;
    var queue = [];
    var pending = [];
    function send(message) {
      message.source = MARK;
      if (!ready) queue.push(message);
      else iframe.contentWindow.postMessage(message, appOrigin);
    }
    function emit(type, data) {
      (listeners[type] || []).forEach(function (fn) {
        fn(data);
      });
    }
    // Until the embed says it is ready, say hello now and then: it answers with 'ready' once its
    // page is up (an embed restricted to `origins` answers only hosts in that list).
    var hellos = 0;
    function hello() {
      if (ready || hellos++ > 60 || !iframe.contentWindow) return;
      iframe.contentWindow.postMessage({ source: MARK, type: 'hello' }, appOrigin);
      setTimeout(hello, 250);
    }
    iframe.addEventListener('load', hello);
    function onMessage(event) {
      if (event.source !== iframe.contentWindow || event.origin !== appOrigin) return;
      var data = event.data;
      if (!data || data.source !== MARK || typeof data.type !== 'string') return;
      if (data.type === 'ready') {
        if (ready) return; // a second 'ready' (answer to a late hello) changes nothing
        ready = true;
        queue.splice(0).forEach(send);
      }
      if (data.type === 'experiment')
        pending.splice(0).forEach(function (resolve) {
          resolve(data.experiment);
        });
      emit(data.type, data);
    }
    window.addEventListener('message', onMessage);
    return {
      iframe: iframe,
      play: function () {
        send({ type: 'play' });
      },
      pause: function () {
        send({ type: 'pause' });
      },
      reset: function () {
        send({ type: 'reset' });
      },
      step: function (steps) {
        send({ type: 'step', steps: steps || 1 });
      },
      set: function (experiment) {
        send({ type: 'set', experiment: experiment });
      },
      get: function () {
        return new Promise(function (resolve) {
          pending.push(resolve);
          send({ type: 'get' });
        });
      },
      on: function (type, fn) {
        (listeners[type] = listeners[type] || []).push(fn);
        return this;
      },
      off: function (type, fn) {
        listeners[type] = (listeners[type] || []).filter(function (f) {
          return f !== fn;
        });
        return this;
      },
      destroy: function () {
        window.removeEventListener('message', onMessage);
        iframe.remove();
      },
    };
  }

  window.ErrorSurfaceLab = { embed: embed };
})();
