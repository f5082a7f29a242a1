"""Typed environment reads: a value that is not understood stops the start with its name."""

import pytest

from config.env import Env, EnvError


def test_a_misspelt_yes_no_value_is_an_error_naming_the_variable():
    with pytest.raises(EnvError, match="DEBUG='flase'"):
        Env({"DEBUG": "flase"}).bool("DEBUG", True)


@pytest.mark.parametrize(
    ("text", "value"), [("1", True), ("Yes", True), ("off", False), ("0", False)]
)
def test_yes_no_values_in_their_usual_spellings(text, value):
    assert Env({"SECURE_HTTPS": text}).bool("SECURE_HTTPS", not value) is value


def test_an_unset_variable_gives_its_default():
    assert Env({}).bool("DEBUG", True) is True
    assert Env({}).int("EMAIL_PORT", 25) == 25


@pytest.mark.parametrize("text", ["ten", "2.5", "-3"])
def test_numbers_are_whole_and_within_bounds(text):
    with pytest.raises(EnvError, match="LOGIN_FAILURE_LIMIT"):
        Env({"LOGIN_FAILURE_LIMIT": text}).int("LOGIN_FAILURE_LIMIT", 10, minimum=1)


@pytest.mark.parametrize("text", ["nan", "inf", "soon"])
def test_a_timeout_must_be_a_finite_number(text):
    with pytest.raises(EnvError, match="ARTICLE_FETCH_TIMEOUT"):
        Env({"ARTICLE_FETCH_TIMEOUT": text}).float("ARTICLE_FETCH_TIMEOUT", 10.0)


def test_a_secret_is_read_from_the_file_its_FILE_variable_names(tmp_path):
    secret = tmp_path / "secret_key"
    secret.write_text("a-secret-from-a-file\n", encoding="utf-8")
    env = Env({"SECRET_KEY_FILE": str(secret)})
    assert env.str("SECRET_KEY") == "a-secret-from-a-file"
    # The variable itself, when set, wins over the file.
    assert (
        Env({"SECRET_KEY": "direct", "SECRET_KEY_FILE": str(secret)}).str("SECRET_KEY") == "direct"
    )


def test_a_FILE_variable_naming_a_missing_file_is_an_error(tmp_path):
    with pytest.raises(EnvError, match="DATABASE_URL_FILE"):
        Env({"DATABASE_URL_FILE": str(tmp_path / "nothing-here")}).str("DATABASE_URL")


def test_admins_with_and_without_names():
    env = Env({"ADMINS": "Huda Saleh <huda@school.example>, it@school.example"})
    assert env.admins("ADMINS") == [
        ("Huda Saleh", "huda@school.example"),
        ("it@school.example", "it@school.example"),
    ]
    with pytest.raises(EnvError, match="ADMINS"):
        Env({"ADMINS": "just a name"}).admins("ADMINS")


def test_a_rate_is_a_count_per_period():
    assert (
        Env({"LOGIN_RATE_PER_ADDRESS": "500/10m"}).rate("LOGIN_RATE_PER_ADDRESS", "1/h")
        == "500/10m"
    )
    with pytest.raises(EnvError, match="LOGIN_RATE_PER_ADDRESS"):
        Env({"LOGIN_RATE_PER_ADDRESS": "500 per hour"}).rate("LOGIN_RATE_PER_ADDRESS", "1/h")
