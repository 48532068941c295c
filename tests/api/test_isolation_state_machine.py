"""A hypothesis state machine drives random actions by users of two organisations (and the
CDSP) through the API, and checks that no response to one organisation ever carries data
of a contact it may not see."""
import itertools

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from tests.api.conftest import enq

_marker = itertools.count(1)
# Which known contact to use: an index independent of how many exist, so that drawing
# never depends on state that outlives one example.
PICK = st.integers(min_value=0, max_value=10_000)


@pytest.mark.slow
def test_no_response_leaks_another_organisations_contacts(app, api):
    callers = {"A": api("user", "ALP"), "A2": api("supervisor", "ALP"),
               "B": api("user", "BET"), "B2": api("lso", "BET")}
    org_of = {"A": "ALP", "A2": "ALP", "B": "BET", "B2": "BET"}
    agent = api("agent")
    contacts = {}  # reference -> {"marker": str, "visible_to": {org codes}}

    class Isolation(RuleBasedStateMachine):
        def __init__(self):
            super().__init__()
            self.responses = []  # (caller name, body text) since the last check

        def seen(self, who, response):
            self.responses.append((who, response.get_data(as_text=True)))

        @initialize()
        def start(self):
            self.responses = []

        @rule(who=st.sampled_from(sorted(callers)))
        def raise_contact(self, who):
            marker = f"SECRET{next(_marker)}X"
            response = callers[who].post("/contacts", json=enq(summary=f"about {marker}",
                                                               originator_ref=marker))
            assert response.status_code == 201, response.json
            contacts[response.json["reference"]] = {"marker": marker, "visible_to": {org_of[who]}}
            self.seen(who, response)

        @rule(to=st.sampled_from(["ALP", "BET"]))
        def cdsp_raises_to(self, to):
            marker = f"SECRET{next(_marker)}X"
            response = agent.post("/contacts", json=enq(to_org=to, summary=f"for {marker}",
                                                       originator_ref=marker))
            assert response.status_code == 201, response.json
            contacts[response.json["reference"]] = {"marker": marker, "visible_to": {to}}

        @rule(who=st.sampled_from(sorted(callers)), query=st.sampled_from(
            ["", "?status=submitted", "?type=ENQ", "?limit=3", "?holder=mine", "?breached=false"]))
        def list_contacts(self, who, query):
            response = callers[who].get(f"/contacts{query}")
            assert response.status_code == 200
            self.seen(who, response)

        @rule(who=st.sampled_from(sorted(callers)), pick=PICK)
        def read_any(self, who, pick):
            if not contacts:
                return
            refs = sorted(contacts)
            ref = refs[pick % len(refs)]
            response = callers[who].get(f"/contacts/{ref}")
            visible = org_of[who] in contacts[ref]["visible_to"]
            assert response.status_code == (200 if visible else 404)
            self.seen(who, response)

        @rule(who=st.sampled_from(sorted(callers)), pick=PICK,
              action=st.sampled_from(["cancel", "accept", "respond", "resolve"]))
        def act_on_any(self, who, pick, action):
            if not contacts:
                return
            refs = sorted(contacts)
            ref = refs[pick % len(refs)]
            body = {"action": action} if action == "accept" else {"action": action, "text": "x"}
            response = callers[who].post(f"/contacts/{ref}/actions", json=body)   # its own body
            if org_of[who] not in contacts[ref]["visible_to"]:
                assert response.status_code == 404
            self.seen(who, response)

        @rule(who=st.sampled_from(sorted(callers)), pick=PICK)
        def message_any(self, who, pick):
            if not contacts:
                return
            refs = sorted(contacts)
            ref = refs[pick % len(refs)]
            response = callers[who].post(f"/contacts/{ref}/messages", json={"text": "hello"})
            if org_of[who] not in contacts[ref]["visible_to"]:
                assert response.status_code == 404
            self.seen(who, response)

        @invariant()
        def nothing_leaks(self):
            for who, body in self.responses:
                for ref, info in contacts.items():
                    if org_of[who] not in info["visible_to"]:
                        assert ref not in body, f"{who} got {ref}"
                        assert info["marker"] not in body, f"{who} got the data of {ref}"
            self.responses = []

    Isolation.TestCase.settings = settings(max_examples=12, stateful_step_count=15, deadline=None,
                                           database=None, suppress_health_check=list(HealthCheck))
    Isolation.TestCase().runTest()
    assert len(contacts) > 5
