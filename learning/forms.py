from __future__ import annotations

from django import forms
from django.contrib.auth.forms import UserCreationForm
from django.utils.translation import gettext_lazy as _

from exercises.models import ExerciseSet


class SignUpForm(UserCreationForm):
    email = forms.EmailField(
        label=_("Email"), help_text=_("Used only to reset a forgotten password.")
    )
    teacher_invite = forms.CharField(
        label=_("Teacher invite code (teachers only)"),
        required=False,
        max_length=40,
        help_text=_("Your school gives its teachers this code. Learners leave it empty."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )

    class Meta(UserCreationForm.Meta):
        fields = ("username", "email")


class ClassroomForm(forms.Form):
    name = forms.CharField(label=_("Class name"), max_length=150)


class JoinForm(forms.Form):
    code = forms.CharField(
        label=_("Join code"),
        max_length=20,
        widget=forms.TextInput(attrs={"autocapitalize": "characters", "autocomplete": "off"}),
    )


class AssignForm(forms.Form):
    exercise_set = forms.ModelChoiceField(
        label=_("Approved exercise set"), queryset=ExerciseSet.objects.none()
    )
    due_date = forms.DateField(
        label=_("Due date (optional)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args, sets=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if sets is not None:
            self.fields["exercise_set"].queryset = sets
