"""People in the newsroom: managing accounts never raises anyone's privileges.

Django's stock user admin lets anyone with "change user" tick `is_superuser`,
grant any group or permission (their own record included) and set any
password. Here permissions.py decides: superusers are out of reach, groups and
permissions on offer are those the actor holds, one's own privileges are
read-only, and only superusers set other people's passwords.
"""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from .permissions import (
    can_change_own_privileges,
    can_manage_user,
    can_set_password,
    grantable_groups,
    grantable_permissions,
)

User = get_user_model()
PRIVILEGES = ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]
# The roles' groups keep English names (roles.py, migrations); people read these.
ROLE_NAMES = {
    "reporter": _("Reporter"),
    "translator": _("Translator"),
    "editor": _("Editor"),
    "admin": _("Newsroom admin"),
}


def role_name(group) -> str:
    """Return a group's name as the newsroom shows it: a role in the reader's words."""
    return str(ROLE_NAMES.get(group.name, group.name))


class RoleFilter(admin.SimpleListFilter):
    title = _("role")
    parameter_name = "role"

    def lookups(self, request, model_admin):
        return [(str(group.pk), role_name(group)) for group in Group.objects.all()]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(groups__pk=self.value())
        return queryset


admin.site.unregister(User)


@admin.register(User)
class NewsroomUserAdmin(UserAdmin):
    list_filter = ["is_staff", "is_active", RoleFilter]
    list_display = ["username", "email", "first_name", "last_name", "roles", "is_staff"]

    @admin.display(description=_("roles"))
    def roles(self, obj):
        names = [role_name(group) for group in obj.groups.all()]
        return pgettext("list separator", ", ").join(names) or "—"

    def get_queryset(self, request):
        users = super().get_queryset(request)
        if request.user.is_superuser:
            return users
        return users.filter(is_superuser=False)

    def has_change_permission(self, request, obj=None):
        return can_manage_user(request.user, obj)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if self._own_privileges_fixed(request, obj):
            # Shown, not edited: the roles by their names, not the groups'.
            fieldsets = [
                (
                    name,
                    {
                        **options,
                        "fields": tuple(
                            "roles" if field == "groups" else field
                            for field in options["fields"]
                        ),
                    },
                )
                for name, options in fieldsets
            ]
        if obj is None or can_set_password(request.user, obj):
            return fieldsets
        # The password field links to the set-password form: not for them.
        return [
            (name, {**options, "fields": _without(options["fields"], {"password"})})
            for name, options in fieldsets
        ]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        actor = request.user
        if actor.is_superuser:
            return fields
        fields.append("is_superuser")
        if self._own_privileges_fixed(request, obj):
            fields += [name for name in PRIVILEGES if name not in fields]
            fields.append("roles")
        return fields

    def _own_privileges_fixed(self, request, obj) -> bool:
        actor = request.user
        return (
            not actor.is_superuser
            and obj is not None
            and obj.pk == actor.pk
            and not can_change_own_privileges(actor)
        )

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "groups":
            kwargs["queryset"] = grantable_groups(request.user)
            field = super().formfield_for_manytomany(db_field, request, **kwargs)
            field.label_from_instance = role_name
            return field
        elif db_field.name == "user_permissions":
            kwargs["queryset"] = grantable_permissions(request.user).select_related(
                "content_type"
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def user_change_password(self, request, id, form_url=""):
        user = self.get_object(request, id)
        if user is not None and not can_set_password(request.user, user):
            raise PermissionDenied
        return super().user_change_password(request, id, form_url)


def _within(request, group) -> bool:
    return group is None or grantable_groups(request.user).filter(pk=group.pk).exists()


def _without(fields, names):
    return tuple(field for field in fields if field not in names)


admin.site.unregister(Group)


@admin.register(Group)
class NewsroomGroupAdmin(GroupAdmin):
    """Roles: no one edits a role that grants more than they hold, or adds to it."""

    list_display = ["role"]

    @admin.display(description=_("role"), ordering="name")
    def role(self, obj):
        return role_name(obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and _within(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and _within(request, obj)

    def formfield_for_manytomany(self, db_field, request=None, **kwargs):
        if db_field.name == "permissions":
            kwargs["queryset"] = grantable_permissions(request.user)
        return super().formfield_for_manytomany(db_field, request, **kwargs)
