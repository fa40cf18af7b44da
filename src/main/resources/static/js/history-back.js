// "返回上一页" on the error page: back in the history when there is one; the link itself leads home without script.
document.addEventListener('click', function (event) {
  var link = event.target.closest('[data-history-back]');
  if (link && window.history.length > 1) {
    event.preventDefault();
    window.history.back();
  }
});
