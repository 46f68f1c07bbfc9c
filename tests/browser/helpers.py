"""Small page helpers shared by the browser tests."""

from axe_playwright_python.sync_playwright import Axe

BLOCKING_IMPACTS = {"serious", "critical"}


def open_page(page, url: str) -> None:
    """Go to a URL, wait for its load event and check that it answered 2xx."""
    response = page.goto(url, wait_until="load")
    assert response and response.ok, f"{url} answered {response and response.status}"


def log_in(page, site, user, password: str) -> None:
    """Sign in to the newsroom through its login form."""
    open_page(page, site("/ar/newsroom/login/"))
    page.fill("#id_username", user.username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_load_state("load")


def settle(page) -> None:
    """Load lazy images and web fonts so a screenshot shows the finished page."""
    page.evaluate(
        """async () => {
            for (const img of document.querySelectorAll('img[loading="lazy"]')) {
                img.loading = 'eager';
            }
            await Promise.all([...document.images].map(img => img.complete
                ? null : new Promise(done => { img.onload = img.onerror = done; })));
            await document.fonts.ready;
        }"""
    )


def html_attributes(page) -> tuple[str, str]:
    return (
        page.get_attribute("html", "lang") or "",
        page.get_attribute("html", "dir") or "",
    )


def blocking_violations(page, *, rules: list[str] | None = None) -> list[dict]:
    """Run axe-core; return its serious and critical violations."""
    options: dict = {"resultTypes": ["violations"]}
    if rules:
        options["runOnly"] = {"type": "rule", "values": rules}
    results = Axe().run(page, options=options)
    return [
        violation
        for violation in results.response["violations"]
        if violation.get("impact") in BLOCKING_IMPACTS
    ]


def describe(url: str, violations: list[dict]) -> str:
    lines = [f"{url}:"]
    for violation in violations:
        lines.append(
            f"  [{violation['impact']}] {violation['id']}: {violation['help']}"
        )
        for node in violation["nodes"][:5]:
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    {node['target']} {summary}")
    return "\n".join(lines)
