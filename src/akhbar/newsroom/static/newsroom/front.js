"use strict";
// The front page arranger: drag a row by its handle (HTML5 drag and drop) or
// press ↑/↓ to move it; the hidden order inputs follow the rows. Without
// JavaScript the buttons submit the form and the server moves the row.
{
    function renumber(list) {
        list.querySelectorAll(":scope > .front-item").forEach((item, index) => {
            const order = item.querySelector("input[name$='-order']");
            if (order) {
                order.value = index;
            }
        });
    }

    let dragged = null;

    document.addEventListener("dragstart", (event) => {
        const item = event.target.closest && event.target.closest(".front-item");
        if (!item) {
            return;
        }
        dragged = item;
        item.classList.add("is-dragging");
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", "");
    });

    document.addEventListener("dragover", (event) => {
        const item = event.target.closest && event.target.closest(".front-item");
        if (!dragged || !item || item.parentNode !== dragged.parentNode) {
            return;
        }
        event.preventDefault();
        document.querySelectorAll(".front-item.is-over").forEach(
            (over) => over.classList.remove("is-over"));
        if (item !== dragged) {
            item.classList.add("is-over");
        }
    });

    document.addEventListener("drop", (event) => {
        const item = event.target.closest && event.target.closest(".front-item");
        if (!dragged || !item || item === dragged
                || item.parentNode !== dragged.parentNode) {
            return;
        }
        event.preventDefault();
        const list = item.parentNode;
        const items = [...list.children];
        if (items.indexOf(dragged) < items.indexOf(item)) {
            item.after(dragged);
        } else {
            item.before(dragged);
        }
        renumber(list);
    });

    document.addEventListener("dragend", () => {
        document.querySelectorAll(".front-item.is-dragging, .front-item.is-over")
            .forEach((item) => item.classList.remove("is-dragging", "is-over"));
        dragged = null;
    });

    document.addEventListener("click", (event) => {
        const button = event.target.closest && event.target.closest("button.front-move");
        if (!button) {
            return;
        }
        const item = button.closest(".front-item");
        const list = item.parentNode;
        event.preventDefault();
        if (button.dataset.move === "up" && item.previousElementSibling) {
            item.previousElementSibling.before(item);
        } else if (button.dataset.move === "down" && item.nextElementSibling) {
            item.nextElementSibling.after(item);
        }
        renumber(list);
        button.focus();
    });

    document.addEventListener("DOMContentLoaded", () => {
        document.querySelectorAll(".front-sortable").forEach(renumber);
    });
}
