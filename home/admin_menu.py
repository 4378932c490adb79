"""Admin menu items shown to the holders of one permission. A review queue's item
says how many things wait (``count``), so an editor sees work without opening it."""

from wagtail.admin.menu import MenuItem


class PermissionMenuItem(MenuItem):
    def __init__(self, label, url, *, permission, count=None, **kwargs):
        super().__init__(label, url, **kwargs)
        self.permission = permission
        self.count = count

    def is_shown(self, request):
        return request.user.has_perm(self.permission)

    def render_component(self, request):
        component = super().render_component(request)
        waiting = self.count() if self.count else 0
        if waiting:
            component.label = f"{self.label} ({waiting})"
        return component
