// Comfort on the coach's client page (works without it): the conversation opens at its latest message,
// a destructive form asks first, and the message box counts characters against an SMS.
'use strict';
(function () {
  var convo = document.getElementById('conversation');
  if (convo) convo.scrollTop = convo.scrollHeight;

  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    var question = form.getAttribute('data-confirm');
    if (!question) return;
    form.addEventListener('submit', function (e) {
      if (!window.confirm(question)) e.preventDefault();
    });
  });

  document.querySelectorAll('textarea[data-counter]').forEach(function (area) {
    var out = document.getElementById(area.getAttribute('data-counter'));
    if (!out) return;
    function update() {
      var n = area.value.length;
      // GSM-7: 160 characters in one SMS, 153 per part after that.
      var parts = n <= 160 ? 1 : Math.ceil(n / 153);
      out.textContent = n + ' characters, ' + parts + ' SMS' + (parts > 1 ? ' parts' : '') + '.';
    }
    area.addEventListener('input', update);
    update();
  });
})();
