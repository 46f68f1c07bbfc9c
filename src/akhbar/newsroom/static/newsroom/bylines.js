"use strict";
// The byline rows of the article form: move a row with ↑/↓ or by dragging
// it; the place numbers follow the rows' order, also just before sending.
{
    const rowSelector = "tr.form-row:not(.empty-form)";

    // Rows without a person keep their first value, so an unused extra row
    // stays unchanged and the formset skips it.
    function renumber(body) {
        let place = 0;
        body.querySelectorAll(rowSelector).forEach((row) => {
            const input = row.querySelector("input.byline-position");
            const person = row.querySelector("select[name$='-person']");
            if (!input) {
                return;
            }
            if (person && person.value) {
                input.value = place;
                place += 1;
            } else {
                input.value = input.defaultValue;
            }
        });
    }

    function bylineBody(element) {
        const group = element.closest("#bylines-group");
        return group ? group.querySelector("tbody") : null;
    }

    document.addEventListener("click", (event) => {
        const button = event.target.closest("button.byline-move");
        const body = button && bylineBody(button);
        if (!body) {
            return;
        }
        const row = button.closest("tr");
        if (button.dataset.move === "up") {
            const before = row.previousElementSibling;
            if (before && before.matches(rowSelector)) {
                body.insertBefore(row, before);
            }
        } else {
            const after = row.nextElementSibling;
            if (after && after.matches(rowSelector)) {
                body.insertBefore(after, row);
            }
        }
        renumber(body);
        button.focus();
    });

    let dragged = null;
    document.addEventListener("dragstart", (event) => {
        const row = event.target.closest && event.target.closest(rowSelector);
        if (row && bylineBody(row)) {
            dragged = row;
            row.classList.add("byline-dragging");
            event.dataTransfer.effectAllowed = "move";
        }
    });
    document.addEventListener("dragover", (event) => {
        const row = dragged && event.target.closest && event.target.closest(rowSelector);
        if (row && row !== dragged && row.parentNode === dragged.parentNode) {
            event.preventDefault();
            const rect = row.getBoundingClientRect();
            const after = event.clientY > rect.top + rect.height / 2;
            row.parentNode.insertBefore(dragged, after ? row.nextSibling : row);
        }
    });
    document.addEventListener("dragend", () => {
        if (dragged) {
            dragged.classList.remove("byline-dragging");
            renumber(dragged.parentNode);
            dragged = null;
        }
    });

    function makeDraggable(root) {
        root.querySelectorAll("#bylines-group " + rowSelector).forEach((row) => {
            row.draggable = true;
        });
    }

    document.addEventListener("DOMContentLoaded", () => makeDraggable(document));
    document.addEventListener("formset:added", (event) => {
        if (event.detail && event.detail.formsetName === "bylines") {
            makeDraggable(document);
            renumber(event.target.parentNode);
        }
    });
    document.addEventListener(
        "submit",
        () => {
            const group = document.getElementById("bylines-group");
            if (group) {
                renumber(group.querySelector("tbody"));
            }
        },
        true,
    );
}
