"""The newsroom roles and their permissions, applied by migrations.

Least privilege: a reporter drafts; a translator starts, edits and submits
translations and cannot publish; an editor reviews, publishes, corrects,
posts breaking news and runs live coverage (reporters post its updates); an
admin also restores from the trash, reads the audit log and manages people.
"""

ROLE_PERMISSIONS = {
    "reporter": [
        "news.add_article",
        "news.change_article",
        "news.view_article",
        "news.view_section",
        "news.view_tag",
        "news.add_tag",
        "news.view_person",
        "live.view_livecoverage",
        "live.add_liveupdate",
        "live.view_liveupdate",
    ],
    "translator": [
        "news.change_article",
        "news.view_article",
        "news.translate_article",
        "news.view_section",
        "news.view_tag",
        "news.view_person",
    ],
    "editor": [
        "news.add_article",
        "news.change_article",
        "news.delete_article",
        "news.view_article",
        "news.publish_article",
        "frontpage.arrange_front",
        "news.translate_article",
        "news.add_articlenote",
        "news.view_articlenote",
        "news.add_breakingalert",
        "news.change_breakingalert",
        "news.delete_breakingalert",
        "news.view_breakingalert",
        "live.add_livecoverage",
        "live.change_livecoverage",
        "live.view_livecoverage",
        "live.add_liveupdate",
        "live.change_liveupdate",
        "live.delete_liveupdate",
        "live.pin_liveupdate",
        "live.view_liveupdate",
        "news.view_section",
        "news.add_tag",
        "news.change_tag",
        "news.view_tag",
        "news.add_person",
        "news.change_person",
        "news.view_person",
    ],
    "admin": [
        "news.add_article",
        "news.change_article",
        "news.delete_article",
        "news.view_article",
        "news.publish_article",
        "frontpage.arrange_front",
        "news.translate_article",
        "news.restore_trashed_article",
        "news.add_articlenote",
        "news.view_articlenote",
        "news.add_breakingalert",
        "news.change_breakingalert",
        "news.delete_breakingalert",
        "news.view_breakingalert",
        "live.add_livecoverage",
        "live.change_livecoverage",
        "live.view_livecoverage",
        "live.add_liveupdate",
        "live.change_liveupdate",
        "live.delete_liveupdate",
        "live.pin_liveupdate",
        "live.view_liveupdate",
        "newsroom.view_auditentry",
        "news.add_section",
        "news.change_section",
        "news.delete_section",
        "news.view_section",
        "news.add_tag",
        "news.change_tag",
        "news.delete_tag",
        "news.view_tag",
        "news.add_person",
        "news.change_person",
        "news.delete_person",
        "news.view_person",
        "auth.add_user",
        "auth.change_user",
        "auth.view_user",
        "auth.view_group",
    ],
}


def apply_roles(apps, *, strict: bool = False) -> None:
    """Create the role groups and give each exactly its permissions.

    Early migrations run this before every model or permission exists; what is
    missing then is left for the later migration that applies the roles again
    (tests check the final groups against this table; `strict` raises instead).
    """
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, names in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=role)
        permissions = []
        for name in names:
            app_label, codename = name.split(".")
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is None and strict:
                raise LookupError(f"The permission {name} does not exist.")
            if permission is not None:
                permissions.append(permission)
        group.permissions.set(permissions)
