/*
 * Phones: platform.css shows the rows of a table.table-stack as cards below 768 px. This names each cell after its
 * column heading (data-label) so the card reads "状态  已上传". Runs again after htmx swaps in new rows.
 */
(function () {
  'use strict';

  function label() {
    document.querySelectorAll('table.table-stack').forEach(function (table) {
      var heads = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
        // a sortable column's heading without its ▲ / ▼
        var arrow = th.querySelector('.sort-arrow');
        return (arrow ? th.textContent.replace(arrow.textContent, '') : th.textContent).trim();
      });
      table.querySelectorAll('tbody tr').forEach(function (row) {
        var column = 0;
        Array.prototype.forEach.call(row.cells, function (cell) {
          if (cell.colSpan === 1 && heads[column] && !cell.hasAttribute('data-label')) {
            cell.setAttribute('data-label', heads[column]);
          }
          column += cell.colSpan;
        });
      });
    });
  }

  document.addEventListener('DOMContentLoaded', label);
  document.addEventListener('htmx:afterSettle', label);
})();
