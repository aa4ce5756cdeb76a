from __future__ import annotations

from hogo.cases.models import Case
from hogo.people.models import NameKind, PersonName
from tests.demo.conftest import LoadedDemo


class TestTheKimCase(LoadedDemo):
    def test_kim_has_one_case_assigned_to_the_first_caseworker(self) -> None:
        case = Case.objects.get(
            person__names__kind=NameKind.LEGAL,
            person__names__family="金",
            person__names__given="正一",
        )
        assert case.officer is not None
        assert case.officer.username == "caseworker1"

    def test_kim_is_written_in_every_script_with_his_alias(self) -> None:
        case = Case.objects.get(
            person__names__kind=NameKind.READING,
            person__names__family="キン",
            person__names__given="セイイチ",
        )
        names = {(n.kind, n.family, n.given) for n in case.person.names.all()}
        assert names == {
            (NameKind.LEGAL, "金", "正一"),
            (NameKind.READING, "キン", "セイイチ"),
            (NameKind.HANGUL, "김", "정일"),
            (NameKind.ALIAS, "金田", "正一"),
        }

    def test_no_one_else_is_called_kim_jeongil(self) -> None:
        assert PersonName.objects.filter(family="キン", given="セイイチ").count() == 1
