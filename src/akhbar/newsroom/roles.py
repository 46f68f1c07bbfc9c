"""The newsroom roles and their permissions, applied by a migration."""

ROLE_PERMISSIONS = {
    "reporter": [
        "news.add_article",
        "news.change_article",
        "news.view_article",
        "news.view_section",
        "news.view_tag",
        "news.add_tag",
        "news.view_person",
    ],
    "editor": [
        "news.add_article",
        "news.change_article",
        "news.delete_article",
        "news.view_article",
        "news.publish_article",
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


def apply_roles(apps) -> None:
    """Create the role groups and give each exactly its permissions."""
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
            permissions.append(
                Permission.objects.get(
                    content_type__app_label=app_label, codename=codename
                )
            )
        group.permissions.set(permissions)
