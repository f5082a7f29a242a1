from django.contrib import admin

from learning.models import TeacherInvite


@admin.register(TeacherInvite)
class TeacherInviteAdmin(admin.ModelAdmin):
    list_display = ("code", "note", "uses", "max_uses", "expires")
    search_fields = ("code", "note")
