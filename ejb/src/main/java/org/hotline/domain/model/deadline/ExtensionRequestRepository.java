package org.hotline.domain.model.deadline;

import java.util.List;
import java.util.Optional;

public interface ExtensionRequestRepository {

  void add(ExtensionRequest request);

  Optional<ExtensionRequest> find(Long id);

  List<ExtensionRequest> ofTicket(Long ticketId);

  /** Requests the unit's chief agreed to, waiting for the centre. */
  List<ExtensionRequest> awaitingCentre();

  /** Open requests on tickets owned by the unit. */
  List<ExtensionRequest> openForUnit(String unitCode);
}
