"""Temporary: the data files hold exactly what content.py held."""

from akhbar.demo import content, datafiles


def test_taxonomy_is_byte_for_byte():
    taxonomy = datafiles.read_taxonomy()
    assert taxonomy.sections == content.SECTIONS
    assert taxonomy.tags == content.TAGS
    assert taxonomy.people == content.PEOPLE


def test_stories_are_byte_for_byte():
    old = {story["key"]: story for story in content.STORIES}
    new = {story.key: story for story in datafiles.read_content()[1]}
    assert old.keys() == new.keys()
    for key, story in new.items():
        was = old[key]
        assert story.section == was["section"]
        assert list(story.tags) == was["tags"]
        assert list(story.authors) == was["authors"]
        assert story.editor == was["editor"]
        assert story.hours_ago == was["hours_ago"]
        assert story.palette == was["palette"]
        assert [v.language for v in story.versions] == list(was["versions"])
        for version in story.versions:
            assert {
                "title": version.title,
                "summary": version.summary,
                "body": list(version.body),
                "caption": version.caption,
                "credit": version.credit,
            } == was["versions"][version.language]
