from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_file_out_progress_type_0_type_0 import BatchFileOutProgressType0Type0
    from ..models.progress import Progress


T = TypeVar("T", bound="BatchFileOut")


@_attrs_define
class BatchFileOut:
    """
    Attributes:
        id (int | Unset):
        file_type (str | Unset): QMP for files you send; QCL/QEX reports
        filename (str | Unset):
        sequence (int | None | Unset): FILE_SEQUENCE of its header
        channel (str | Unset):
        status (str | Unset): received, processing, processed or rejected
        size (int | Unset):
        sha256 (str | Unset):
        received_at (datetime.datetime | Unset):
        finished_at (datetime.datetime | None | Unset):
        record_count (int | Unset):
        accepted_count (int | Unset):
        rejected_count (int | Unset):
        error_code (None | str | Unset): FIL00x when rejected whole
        error_text (None | str | Unset):
        response_type (None | str | Unset): QMR or QMJ once ready
        progress (BatchFileOutProgressType0Type0 | None | Progress | Unset):
    """

    id: int | Unset = UNSET
    file_type: str | Unset = UNSET
    filename: str | Unset = UNSET
    sequence: int | None | Unset = UNSET
    channel: str | Unset = UNSET
    status: str | Unset = UNSET
    size: int | Unset = UNSET
    sha256: str | Unset = UNSET
    received_at: datetime.datetime | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    record_count: int | Unset = UNSET
    accepted_count: int | Unset = UNSET
    rejected_count: int | Unset = UNSET
    error_code: None | str | Unset = UNSET
    error_text: None | str | Unset = UNSET
    response_type: None | str | Unset = UNSET
    progress: BatchFileOutProgressType0Type0 | None | Progress | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.batch_file_out_progress_type_0_type_0 import BatchFileOutProgressType0Type0  # noqa: PLC0415
        from ..models.progress import Progress  # noqa: PLC0415

        id = self.id

        file_type = self.file_type

        filename = self.filename

        sequence: int | None | Unset
        if isinstance(self.sequence, Unset):
            sequence = UNSET
        else:
            sequence = self.sequence

        channel = self.channel

        status = self.status

        size = self.size

        sha256 = self.sha256

        received_at: str | Unset = UNSET
        if not isinstance(self.received_at, Unset):
            received_at = self.received_at.isoformat()

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        record_count = self.record_count

        accepted_count = self.accepted_count

        rejected_count = self.rejected_count

        error_code: None | str | Unset
        if isinstance(self.error_code, Unset):
            error_code = UNSET
        else:
            error_code = self.error_code

        error_text: None | str | Unset
        if isinstance(self.error_text, Unset):
            error_text = UNSET
        else:
            error_text = self.error_text

        response_type: None | str | Unset
        if isinstance(self.response_type, Unset):
            response_type = UNSET
        else:
            response_type = self.response_type

        progress: dict[str, Any] | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        elif isinstance(self.progress, BatchFileOutProgressType0Type0):
            progress = self.progress.to_dict()
        elif isinstance(self.progress, Progress):
            progress = self.progress.to_dict()
        else:
            progress = self.progress

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if file_type is not UNSET:
            field_dict["file_type"] = file_type
        if filename is not UNSET:
            field_dict["filename"] = filename
        if sequence is not UNSET:
            field_dict["sequence"] = sequence
        if channel is not UNSET:
            field_dict["channel"] = channel
        if status is not UNSET:
            field_dict["status"] = status
        if size is not UNSET:
            field_dict["size"] = size
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if record_count is not UNSET:
            field_dict["record_count"] = record_count
        if accepted_count is not UNSET:
            field_dict["accepted_count"] = accepted_count
        if rejected_count is not UNSET:
            field_dict["rejected_count"] = rejected_count
        if error_code is not UNSET:
            field_dict["error_code"] = error_code
        if error_text is not UNSET:
            field_dict["error_text"] = error_text
        if response_type is not UNSET:
            field_dict["response_type"] = response_type
        if progress is not UNSET:
            field_dict["progress"] = progress

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_file_out_progress_type_0_type_0 import BatchFileOutProgressType0Type0  # noqa: PLC0415
        from ..models.progress import Progress  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        file_type = d.pop("file_type", UNSET)

        filename = d.pop("filename", UNSET)

        def _parse_sequence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sequence = _parse_sequence(d.pop("sequence", UNSET))

        channel = d.pop("channel", UNSET)

        status = d.pop("status", UNSET)

        size = d.pop("size", UNSET)

        sha256 = d.pop("sha256", UNSET)

        _received_at = d.pop("received_at", UNSET)
        received_at: datetime.datetime | Unset
        if isinstance(_received_at, Unset):
            received_at = UNSET
        else:
            received_at = datetime.datetime.fromisoformat(_received_at)

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

        record_count = d.pop("record_count", UNSET)

        accepted_count = d.pop("accepted_count", UNSET)

        rejected_count = d.pop("rejected_count", UNSET)

        def _parse_error_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_code = _parse_error_code(d.pop("error_code", UNSET))

        def _parse_error_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_text = _parse_error_text(d.pop("error_text", UNSET))

        def _parse_response_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response_type = _parse_response_type(d.pop("response_type", UNSET))

        def _parse_progress(data: object) -> BatchFileOutProgressType0Type0 | None | Progress | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                progress_type_0_type_0 = BatchFileOutProgressType0Type0.from_dict(data)

                return progress_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                progress_type_1 = Progress.from_dict(data)

                return progress_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BatchFileOutProgressType0Type0 | None | Progress | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        batch_file_out = cls(
            id=id,
            file_type=file_type,
            filename=filename,
            sequence=sequence,
            channel=channel,
            status=status,
            size=size,
            sha256=sha256,
            received_at=received_at,
            finished_at=finished_at,
            record_count=record_count,
            accepted_count=accepted_count,
            rejected_count=rejected_count,
            error_code=error_code,
            error_text=error_text,
            response_type=response_type,
            progress=progress,
        )

        return batch_file_out
